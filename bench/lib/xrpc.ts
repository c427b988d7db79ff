/**
 * @module
 * The load generator's XRPC calls: node:http with keep-alive, a bearer token, and a timeout on
 * every request, so a stuck server fails one call instead of hanging the bench. Lighter than
 * a full client: on a 2-core machine the load generator shares the CPU with the server.
 */
import http from 'node:http'
import { performance } from 'node:perf_hooks'

/** Every request gives up after this long unless told otherwise. */
export const REQUEST_TIMEOUT_MS = 30_000

/** A non-2xx XRPC answer. */
export class XrpcHttpError extends Error {
  override name = 'XrpcHttpError'
  constructor(
    readonly status: number,
    readonly error: string | undefined,
    message: string,
  ) {
    super(`${status}${error ? ` ${error}` : ''}: ${message}`)
  }
}

/** Whether `err` is the server saying it does not implement the method (HTTP 501). */
export function isNotImplemented(err: unknown): boolean {
  return (err as { status?: unknown } | undefined)?.status === 501
}

/** A short description of a failed call, for a table cell. */
export function describeError(err: unknown): string {
  if (err instanceof XrpcHttpError) return `${err.status} ${err.error ?? ''}`.trim()
  const status = (err as { status?: unknown } | undefined)?.status
  const message = err instanceof Error ? err.message : String(err)
  return typeof status === 'number' ? `${status} ${message}`.slice(0, 60) : message.slice(0, 60)
}

/** Options of {@link xrpc}. */
export interface XrpcCall {
  /** Query parameters (a query, or a procedure's params). */
  params?: Record<string, string | number | boolean | undefined>
  /** JSON body; its presence makes the call a POST. */
  body?: unknown
  /** Access token, sent as `Authorization: Bearer`. */
  token?: string
  timeoutMs?: number
  /**
   * A connection of its own, closed after the call: for calls seconds apart on a server with a
   * short keep-alive timeout (Node's default is 5 s; ours and the reference PDS keep 90 s), whose
   * kept-alive socket would race the server's close and fail with ECONNRESET.
   */
  fresh?: boolean
}

// @NOTE node:http with a keep-alive agent costs the load generator about half the CPU of
// fetch per request, and on 2 cores the load generator competes with the server under test
// @NOTE the agent drops an idle socket 1 s before the `Keep-Alive: timeout=N` the server
// announces, and Node's server closes it 1 s after N: a call due just before the agent's drop
// whose event loop then stalls over those 2 s (a loaded machine) reuses a socket the server has
// closed, and fails with ECONNRESET. At N = 5 (Node's default) that was the soak's rare reset;
// at 90 it needs a socket idle for 89 s. Failed calls are not retried: the soak counts every
// reset as an error, and a retry would hide a server that resets connections
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 })
const oneShot = new http.Agent({ keepAlive: false })

/**
 * Calls `nsid` on `service` and returns the parsed JSON output (or undefined when there is
 * none). Throws {@link XrpcHttpError} on a non-2xx status.
 *
 * @example
 *   const out = await xrpc(url, 'com.atproto.repo.getRecord', { params: { repo, collection, rkey } })
 */
export async function xrpc<T = unknown>(service: string, nsid: string, call: XrpcCall = {}): Promise<T> {
  const res = await send(service, nsid, call)
  const text = await readText(res)
  const status = res.statusCode ?? 0
  if (status < 200 || status >= 300) throw errorFrom(status, text)
  return (text ? JSON.parse(text) : undefined) as T
}

/**
 * Streams the body of a query without keeping it, for large downloads such as getRepo.
 *
 * @returns the byte count, the content type, and ms to the first and to the last byte
 */
export async function xrpcDownload(
  service: string,
  nsid: string,
  call: XrpcCall = {},
): Promise<{ bytes: number; contentType: string | null; firstByteMs: number; totalMs: number }> {
  const start = performance.now()
  const res = await send(service, nsid, { ...call, timeoutMs: call.timeoutMs ?? 120_000 })
  const status = res.statusCode ?? 0
  if (status < 200 || status >= 300) throw errorFrom(status, await readText(res))
  let bytes = 0
  let firstByteMs = 0
  for await (const chunk of res) {
    if (bytes === 0) firstByteMs = performance.now() - start
    bytes += (chunk as Buffer).byteLength
  }
  const contentType = res.headers['content-type'] ?? null
  return { bytes, contentType, firstByteMs, totalMs: performance.now() - start }
}

function send(service: string, nsid: string, call: XrpcCall): Promise<http.IncomingMessage> {
  const url = new URL(`/xrpc/${nsid}`, service)
  for (const [key, value] of Object.entries(call.params ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = {}
  if (call.token) headers.authorization = `Bearer ${call.token}`
  const body = call.body === undefined ? undefined : JSON.stringify(call.body)
  if (body !== undefined) {
    headers['content-type'] = 'application/json'
    headers['content-length'] = String(Buffer.byteLength(body))
  }
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      agent: call.fresh ? oneShot : agent,
      signal: AbortSignal.timeout(call.timeoutMs ?? REQUEST_TIMEOUT_MS),
    })
    req.once('response', resolve)
    req.once('error', reject)
    req.end(body)
  })
}

async function readText(res: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of res) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function errorFrom(status: number, text: string): XrpcHttpError {
  try {
    const json = JSON.parse(text) as { error?: string; message?: string }
    return new XrpcHttpError(status, json.error, json.message ?? text.slice(0, 200))
  } catch {
    return new XrpcHttpError(status, undefined, text.slice(0, 200))
  }
}
