/**
 * The CLI's connection to a running PDS: XRPC calls with the admin password over basic
 * auth, failures turned into {@link CliError}s that carry the exit code.
 *
 * @module
 */

/** Exit codes of `pds-admin`. */
export const EXIT = Object.freeze({
  ok: 0,
  /** The PDS refused the request (not found, invalid input, not available yet...). */
  refused: 1,
  /** Bad command line. */
  usage: 2,
  /** The admin password was refused (401). */
  auth: 3,
  /** The PDS could not be reached, or answered something that is not XRPC. */
  unreachable: 4,
})

/** A failure the CLI reports in one line and exits with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** The XRPC error name, when the PDS answered one. */
    readonly errorName?: string,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

type Params = Record<string, string | number | boolean | readonly string[] | undefined>

/**
 * @example
 * const client = new AdminClient('http://localhost:2583', password)
 * const status = await client.query('dev.lexiconpds.admin.getServerStatus')
 */
export class AdminClient {
  readonly #auth: string

  constructor(
    readonly url: string,
    password: string,
  ) {
    this.#auth = `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`
  }

  /** A GET of `nsid` with `params`. */
  query<T = Record<string, unknown>>(nsid: string, params: Params = {}): Promise<T> {
    const url = this.#url(nsid)
    for (const [key, value] of Object.entries(params)) {
      if (value === undefined) continue
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item))
    }
    return this.#send<T>(url, { method: 'GET' })
  }

  /** A POST of `nsid` with a JSON body (or none). */
  procedure<T = Record<string, unknown>>(nsid: string, body?: unknown, opts: { auth?: boolean } = {}): Promise<T> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    return this.#send<T>(
      this.#url(nsid),
      { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) },
      opts.auth ?? true,
    )
  }

  #url(nsid: string): URL {
    return new URL(`/xrpc/${nsid}`, this.url)
  }

  async #send<T>(url: URL, init: RequestInit, auth = true): Promise<T> {
    const headers = new Headers(init.headers)
    if (auth) headers.set('authorization', this.#auth)
    let res: Response
    try {
      res = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(30_000) })
    } catch (err) {
      const reason = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err)
      throw new CliError(`Could not reach the PDS at ${this.url}: ${reason}`, EXIT.unreachable)
    }
    const text = await res.text()
    let body: unknown
    try {
      body = text ? JSON.parse(text) : {}
    } catch {
      throw new CliError(
        `The PDS at ${this.url} answered ${res.status} with something that is not JSON`,
        EXIT.unreachable,
      )
    }
    if (res.ok) return body as T
    const { error, message } = (body ?? {}) as { error?: string; message?: string }
    const detail = `${error ?? res.status}${message ? `: ${message}` : ''}`
    if (res.status === 401) throw new CliError(`Authentication failed (${detail})`, EXIT.auth, error)
    if (res.status === 404 && !error) throw new CliError(`Not a PDS at ${this.url} (404)`, EXIT.unreachable)
    throw new CliError(detail, EXIT.refused, error)
  }
}
