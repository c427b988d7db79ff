/**
 * The one outbound fetch for every URL a user can influence (did:web documents, handle
 * well-knowns, OAuth client metadata, atproto-proxy targets). Outside development it
 * reaches public unicast addresses over https only: the address is checked when the
 * connection is made (so a DNS answer cannot change between the check and the connect),
 * redirects are errors unless allowed and then re-checked hop by hop, and every request
 * has a time limit and a response-size limit enforced while the body streams.
 *
 * @module
 */
import dns from 'node:dns'
import { isIP } from 'node:net'
import type { Dispatcher } from 'undici'
import { isPublicAddress } from './address-rules.js'
import { loadUndici } from './undici.js'

/** What a {@link SafeFetcher} may reach. */
export interface OutboundPolicy {
  /** Plain `http:` URLs (development only). */
  readonly allowHttp: boolean
  /** Loopback, private and other non-public addresses (development only). */
  readonly allowPrivateAddresses: boolean
  /**
   * Origins (`http://plc.internal:2582`) of services the operator configured, exempt from
   * both rules above; a redirect out of one is checked like any other URL.
   */
  readonly trustedOrigins?: readonly string[]
  /** The DNS lookup, for tests (default `dns.lookup`). */
  readonly lookup?: typeof dns.lookup
  /** Certificate authorities to trust instead of Node's bundle, for tests. */
  readonly ca?: string | Buffer
}

/** Why an outbound request was refused or failed. */
export type OutboundFailure = 'url' | 'address' | 'redirect' | 'timeout' | 'too-large' | 'network' | 'status' | 'body'

/** An outbound request was refused before it was made, or failed. The message names the URL's host, never its query. */
export class OutboundRequestError extends Error {
  constructor(
    readonly reason: OutboundFailure,
    message: string,
    options?: ErrorOptions & { status?: number },
  ) {
    super(message, options)
    this.name = 'OutboundRequestError'
    this.status = options?.status
  }

  /** The HTTP status of the answer, for `status` failures. */
  readonly status: number | undefined
}

/** `fetch` options, plus the limits of one request. */
export interface SafeFetchInit extends Omit<RequestInit, 'redirect'> {
  /** The whole request, body included (default 10 s). */
  timeoutMs?: number
  /** Largest response body in bytes, enforced while streaming (default 1 MiB). */
  maxBytes?: number
  /** Redirects to follow, each re-checked (default 0: a redirect is an error). */
  maxRedirects?: number
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_MAX_BYTES = 1024 * 1024

/**
 * @example
 * const outbound = new SafeFetcher({ allowHttp: false, allowPrivateAddresses: false })
 * const doc = await outbound.fetchJson('https://example.com/.well-known/did.json', { maxBytes: 64 * 1024 })
 */
export class SafeFetcher {
  private readonly trusted: ReadonlySet<string>
  private agents: Promise<{ trusted: Dispatcher; checked: Dispatcher }> | undefined

  constructor(private readonly policy: OutboundPolicy) {
    this.trusted = new Set((policy.trustedOrigins ?? []).map((origin) => new URL(origin).origin))
  }

  /**
   * Connects only to addresses the policy allows; use it with `undici.request` to stream.
   *
   * @NOTE made (and undici loaded, ~6 MB of RSS) at the first outbound request, not at start
   */
  async dispatcher(): Promise<Dispatcher> {
    return (await this.loadAgents()).checked
  }

  /**
   * Fetches `url` under the policy. The response body is capped at `maxBytes` as it is read.
   *
   * @throws OutboundRequestError for a refused URL or address, a redirect, a timeout, an
   * oversized body or a network failure
   */
  async fetch(url: string | URL, init: SafeFetchInit = {}): Promise<Response> {
    const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, maxRedirects = 0, ...rest } = init
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = rest.signal ? AbortSignal.any([rest.signal, timeout]) : timeout
    let target = this.check(url)
    for (let hop = 0; ; hop++) {
      const response = await this.send(target, { ...rest, signal }, timeout)
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || location === null) {
        return capBody(response, maxBytes, target)
      }
      await response.body?.cancel()
      if (hop >= maxRedirects) {
        throw new OutboundRequestError('redirect', `${target.host} answered with a redirect, which is not followed`)
      }
      target = this.check(new URL(location, target))
    }
  }

  /**
   * Fetches `url` and parses its JSON body.
   *
   * @throws OutboundRequestError as {@link fetch} does, with `status` for a non-2xx answer and `body` for invalid JSON
   */
  async fetchJson<T = unknown>(url: string | URL, init: SafeFetchInit = {}): Promise<T> {
    const response = await this.fetch(url, {
      ...init,
      headers: { accept: 'application/json', ...toRecord(init.headers) },
    })
    const host = new URL(url).host
    if (!response.ok) {
      await response.body?.cancel()
      throw new OutboundRequestError('status', `${host} answered ${response.status}`, { status: response.status })
    }
    const text = await readText(response, host)
    try {
      return JSON.parse(text) as T
    } catch (err) {
      throw new OutboundRequestError('body', `${host} did not answer with valid JSON`, { cause: err })
    }
  }

  /** Closes the pooled connections. */
  async close(): Promise<void> {
    if (!this.agents) return
    const { trusted, checked } = await this.agents
    await Promise.all([trusted.close(), checked === trusted ? undefined : checked.close()])
  }

  private loadAgents(): Promise<{ trusted: Dispatcher; checked: Dispatcher }> {
    this.agents ??= loadUndici().then(({ Agent }) => {
      const { policy } = this
      const lookup = policy.lookup ?? dns.lookup
      const ca = policy.ca === undefined ? {} : { ca: policy.ca }
      const trusted = new Agent({ connect: { lookup, ...ca } })
      const checked = policy.allowPrivateAddresses
        ? trusted
        : new Agent({ connect: { lookup: checkedLookup(lookup), ...ca } })
      return { trusted, checked }
    })
    return this.agents
  }

  /** The URL, if the policy lets a request to it be made at all. */
  private check(input: string | URL): URL {
    let url: URL
    try {
      url = new URL(input)
    } catch (err) {
      throw new OutboundRequestError('url', 'Not a valid URL', { cause: err })
    }
    if (this.trusted.has(url.origin)) return url
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && this.policy.allowHttp)) {
      throw new OutboundRequestError('url', `Only https URLs may be fetched (${url.protocol}//${url.host})`)
    }
    if (url.username || url.password) throw new OutboundRequestError('url', 'URLs with credentials may not be fetched')
    // @NOTE an IP-literal host is never looked up, so the connect-time check would not see it
    const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
    if (isIP(host) && !this.policy.allowPrivateAddresses && !isPublicAddress(host)) {
      throw new OutboundRequestError('address', `${url.host} is not a public address`)
    }
    return url
  }

  private async send(url: URL, init: RequestInit, timeout: AbortSignal): Promise<Response> {
    try {
      const [undici, agents] = await Promise.all([loadUndici(), this.loadAgents()])
      const dispatcher = this.trusted.has(url.origin) ? agents.trusted : agents.checked
      // @NOTE undici's own fetch, so the dispatcher is of the same undici version
      return (await undici.fetch(url, { ...(init as object), redirect: 'manual', dispatcher })) as unknown as Response
    } catch (err) {
      throw toOutboundError(err, url, timeout)
    }
  }
}

/** A lookup that fails, before any connection, when a name resolves to a non-public address. */
function checkedLookup(lookup: typeof dns.lookup): typeof dns.lookup {
  const checked = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    lookup(hostname, { ...options, all: true }, (err, addresses: dns.LookupAddress[]) => {
      if (err) return callback(err, '', 0)
      const refused = addresses.find((a) => !isPublicAddress(a.address))
      if (refused || addresses.length === 0) {
        return callback(new AddressRefused(`${hostname} resolves to a non-public address`), '', 0)
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses)
      const first = addresses[0] as dns.LookupAddress
      callback(null, first.address, first.family)
    })
  }
  return checked as unknown as typeof dns.lookup
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string, family: number) => void

class AddressRefused extends Error {
  override name = 'AddressRefused'
}

function toOutboundError(err: unknown, url: URL, timeout: AbortSignal): OutboundRequestError {
  if (err instanceof OutboundRequestError) return err
  for (let cause: unknown = err; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof AddressRefused) return new OutboundRequestError('address', cause.message, { cause: err })
  }
  if (timeout.aborted) return new OutboundRequestError('timeout', `${url.host} did not answer in time`, { cause: err })
  return new OutboundRequestError('network', `Could not reach ${url.host}`, { cause: err })
}

/** The response with its body limited to `maxBytes`: a longer body errors as it is read. */
function capBody(response: Response, maxBytes: number, url: URL): Response {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > maxBytes) {
    void response.body?.cancel()
    throw new OutboundRequestError('too-large', `${url.host} answered with more than ${maxBytes} bytes`)
  }
  if (!response.body) return response
  let seen = 0
  const limit = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength
      if (seen > maxBytes) {
        controller.error(new OutboundRequestError('too-large', `${url.host} answered with more than ${maxBytes} bytes`))
        return
      }
      controller.enqueue(chunk)
    },
  })
  return new Response(response.body.pipeThrough(limit), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  })
}

async function readText(response: Response, host: string): Promise<string> {
  try {
    return await response.text()
  } catch (err) {
    for (let cause: unknown = err; cause instanceof Error; cause = cause.cause) {
      if (cause instanceof OutboundRequestError) throw cause
    }
    throw new OutboundRequestError('network', `Could not read the answer of ${host}`, { cause: err })
  }
}

function toRecord(headers: RequestInit['headers']): Record<string, string> {
  return headers ? Object.fromEntries(new Headers(headers)) : {}
}
