/**
 * Forwarding of the XRPC methods this PDS does not serve to the service that does (the
 * AppView, chat, moderation...), authenticated with a fresh service-auth JWT per request,
 * bodies streamed both ways, only the headers that matter crossing.
 *
 * @module
 */
import type { IncomingHttpHeaders } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { parseReqNsid } from '@atproto/xrpc-server'
import type { Request, RequestHandler, Response } from 'express'
import type { Dispatcher } from 'undici'
import type { AccountService } from '#src/account/account-service.js'
import { isProtectedMethod } from '#src/auth/method-access.js'
import { issueServiceToken } from '#src/auth/service-tokens.js'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import {
  AuthRequiredError,
  InvalidRequestError,
  MethodNotImplementedError,
  ResponseType,
  XRPCError,
} from '#src/errors.js'
import type { DidResolver } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import { loadUndici } from '#src/net/undici.js'
import { decodeBody, readableAcceptEncoding } from './encoding.js'
import { feedGeneratorDid } from './feed-generator.js'
import { READ_AFTER_WRITE, readAfterWrite, threadNotFoundFallback } from './read-after-write/index.js'
import { type ProxyTarget, ProxyTargets } from './targets.js'
import { byteLimit, callUpstream, readBody, type UpstreamLimits, type UpstreamResponse } from './upstream.js'

/** What the proxy needs from the app context. */
export interface ProxyDeps {
  readonly config: Config
  readonly db: Database
  readonly logger: Logger
  readonly accounts: AccountService
  readonly dids: Pick<DidResolver, 'resolve'>
  /**
   * The SSRF-safe dispatcher (`ctx.outbound.dispatcher()`) for services a user names in the
   * `atproto-proxy` header, asked for at the first such call. Without it such calls are refused.
   */
  readonly outbound: (() => Promise<Dispatcher>) | undefined
}

/**
 * Who is calling: an account hosted here, allowed to call `nsid` with its session; throws the
 * XRPC auth error otherwise.
 */
export type Authenticate = (req: Request, nsid: string) => Promise<{ did: string }>

/** One call to forward. */
export interface ForwardOptions {
  readonly nsid: string
  /** The caller (issuer of the service token). */
  readonly did: string
  /** Token audience, when not the target's DID (getFeed: the feed generator). */
  readonly aud?: string
  /** Token method, when not `nsid` (getFeed: getFeedSkeleton). */
  readonly lxm?: string
  readonly target: ProxyTarget
}

// @NOTE the request headers that cross, besides content-* of a body and our authorization
const REQUEST_HEADERS = ['accept-language', 'atproto-accept-labelers', 'x-bsky-topics'] as const
const BODY_HEADERS = ['content-type', 'content-encoding', 'content-length'] as const
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'atproto-repo-rev',
  'atproto-content-labelers',
  'retry-after',
] as const
/** An upstream error body is read for its `{ error, message }` only. */
const MAX_ERROR_BODY = 64 * 1024

/**
 * @example
 * const proxy = new ProxyService(deps)
 * new XrpcServer(undefined, { catchall: proxy.catchall })
 */
export class ProxyService {
  readonly targets: ProxyTargets
  private readonly limits: UpstreamLimits
  // @NOTE made at the first call that needs them, so an idle server does not load undici
  private direct: Promise<Dispatcher> | undefined
  private outbound: Promise<Dispatcher> | undefined

  constructor(private readonly deps: ProxyDeps) {
    const { proxy, devMode } = deps.config
    this.targets = new ProxyTargets(proxy, deps.dids, { allowHttp: devMode })
    this.limits = proxy
  }

  /**
   * The xrpc-server catchall: forwards any method not served here (its HTTP method checked
   * before), for callers `auth` accepts.
   */
  handler(auth: Authenticate): RequestHandler {
    return (req, res, next) => {
      this.proxyRequest(req, res, auth).catch((err: unknown) => next(err))
    }
  }

  /**
   * Middleware for methods served here that the `atproto-proxy` header sends to another
   * service instead (preferences held by another AppView): forwards those, passes the rest on.
   */
  forwardElsewhere(nsids: readonly string[], auth: Authenticate): RequestHandler {
    const set = new Set(nsids)
    return (req, res, next) => {
      const header = req.headers['atproto-proxy']
      if (typeof header !== 'string' || !req.path.startsWith('/xrpc/')) return next()
      const nsid = req.path.slice('/xrpc/'.length)
      if (!set.has(nsid) || header === this.targets.defaultRef(nsid)) return next()
      this.proxyRequest(req, res, auth).catch((err: unknown) => next(err))
    }
  }

  /** Releases the keep-alive connections. */
  async close(): Promise<void> {
    if (this.direct) await (await this.direct).close()
  }

  private async proxyRequest(req: Request, res: Response, authenticate: Authenticate): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      throw new InvalidRequestError('XRPC requests are GET, HEAD or POST')
    }
    const nsid = parseReqNsid(req)
    // @NOTE a protected method we do not serve is simply not implemented: it is never forwarded
    if (isProtectedMethod(nsid)) {
      throw new MethodNotImplementedError(`Method not implemented: ${nsid} (account management is never forwarded)`)
    }
    const header = req.headers['atproto-proxy']
    if (header === undefined && this.targets.defaultRef(nsid) === undefined) {
      throw new MethodNotImplementedError(`Method not implemented: ${nsid}`)
    }
    // @NOTE authenticate before resolving anything a header names: anonymous callers make us fetch nothing
    // @NOTE the verifier checks what this session may call (chat needs a privileged app password)
    const { did } = await authenticate(req, nsid)
    const target = await this.targets.resolve(nsid, typeof header === 'string' ? header : undefined)
    if (nsid === 'app.bsky.feed.getFeed') {
      const feed = new URL(req.originalUrl, 'http://x').searchParams.get('feed')
      const aud = await feedGeneratorDid(this, target, feed)
      return this.forward(req, res, { nsid, did, target, aud, lxm: 'app.bsky.feed.getFeedSkeleton' })
    }
    return this.forward(req, res, { nsid, did, target })
  }

  /** Forwards `req` as `opts` says and answers `res` from the upstream. */
  async forward(req: Request, res: Response, opts: ForwardOptions): Promise<void> {
    const munged = req.method === 'GET' ? READ_AFTER_WRITE[opts.nsid] : undefined
    const upstream = await this.send(req, res, opts, munged !== undefined)
    if (upstream.status >= 400) {
      if (opts.nsid === 'app.bsky.feed.getPostThread' && upstream.status === 400) {
        const body = await readBody(upstream.body, MAX_ERROR_BODY).catch(() => undefined)
        const fallback = await threadNotFoundFallback(this.rawDeps(opts), req, opts.did, upstream, body)
        if (fallback) {
          if (fallback.lag !== undefined) res.setHeader('Atproto-Upstream-Lag', String(fallback.lag))
          res.status(200).json(fallback.body)
          return
        }
        return this.failWith(res, upstream, body)
      }
      return this.failWith(res, upstream, await readBody(upstream.body, MAX_ERROR_BODY).catch(() => undefined))
    }
    if (munged) {
      const done = await readAfterWrite(this.rawDeps(opts), munged, opts.did, upstream, res)
      if (done) return
    }
    return this.pipe(res, upstream)
  }

  /**
   * Calls `path` (with query) on `target` and parses its JSON answer; undefined for anything
   * but a 200 with JSON. With `as`, the call carries a service token of that caller for `as.lxm`.
   */
  async fetchJson(target: ProxyTarget, path: string, as?: { did: string; lxm: string }): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-encoding': 'identity' }
    if (as) {
      const token = await issueServiceToken(this.deps.accounts, { iss: as.did, aud: target.did, lxm: as.lxm })
      headers.authorization = `Bearer ${token}`
    }
    const upstream = await callUpstream(
      await this.dispatcherFor(target),
      { url: target.url + path, method: 'GET', headers },
      this.limits,
    )
    const body = await readBody(upstream.body, this.limits.maxResponseSize)
    if (upstream.status !== 200 || !body) return undefined
    try {
      return JSON.parse(body.toString('utf8'))
    } catch {
      return undefined
    }
  }

  private rawDeps(opts: ForwardOptions) {
    return {
      db: this.deps.db,
      logger: this.deps.logger,
      accounts: this.deps.accounts,
      config: this.deps.config,
      maxResponseSize: this.limits.maxResponseSize,
      lookupPosts: (uris: string[]) => this.lookupPosts(opts, uris),
      lookupThread: (uri: string, parentHeight: string | undefined) => this.lookupThread(opts, uri, parentHeight),
    }
  }

  private async lookupThread(opts: ForwardOptions, uri: string, parentHeight: string | undefined): Promise<unknown> {
    const query = new URLSearchParams({ uri, depth: '0', ...(parentHeight ? { parentHeight } : {}) })
    try {
      const answer = (await this.fetchJson(opts.target, `/xrpc/app.bsky.feed.getPostThread?${query}`, {
        did: opts.did,
        lxm: 'app.bsky.feed.getPostThread',
      })) as { thread?: unknown } | undefined
      return answer?.thread
    } catch (err) {
      this.deps.logger.warn({ err }, 'read-after-write: could not look up the parents of a reply')
      return undefined
    }
  }

  /** The AppView's views of posts (quoted by the caller's new posts), by URI; empty when it cannot say. */
  private async lookupPosts(opts: ForwardOptions, uris: string[]): Promise<Map<string, { [key: string]: unknown }>> {
    const found = new Map<string, { [key: string]: unknown }>()
    const query = new URLSearchParams(uris.slice(0, 25).map((uri): [string, string] => ['uris', uri]))
    try {
      const answer = (await this.fetchJson(opts.target, `/xrpc/app.bsky.feed.getPosts?${query}`, {
        did: opts.did,
        lxm: 'app.bsky.feed.getPosts',
      })) as { posts?: { uri?: unknown }[] } | undefined
      for (const post of answer?.posts ?? []) if (typeof post.uri === 'string') found.set(post.uri, post)
    } catch (err) {
      this.deps.logger.warn({ err }, 'read-after-write: could not look up quoted posts')
    }
    return found
  }

  private async dispatcherFor(target: ProxyTarget): Promise<Dispatcher> {
    // @NOTE configured services are trusted: a plain keep-alive agent; user-named ones go through outbound
    if (target.configured) {
      const { headersTimeoutMs } = this.deps.config.proxy
      this.direct ??= loadUndici().then(({ Agent }) =>
        this.withRetries(new Agent({ keepAliveTimeout: 30_000, connect: { timeout: headersTimeoutMs } })),
      )
      return this.direct
    }
    const { outbound } = this.deps
    if (!outbound) throw new InvalidRequestError(`Proxying to ${target.did} is not available on this server`)
    this.outbound ??= outbound().then((d) => this.withRetries(d))
    return this.outbound
  }

  private async withRetries(dispatcher: Dispatcher): Promise<Dispatcher> {
    const { maxRetries } = this.deps.config.proxy
    if (maxRetries <= 0) return dispatcher
    const { interceptors } = await loadUndici()
    return dispatcher.compose(interceptors.retry({ statusCodes: [], methods: ['GET', 'HEAD'], maxRetries }))
  }

  private async send(req: Request, res: Response, opts: ForwardOptions, mayRead: boolean): Promise<UpstreamResponse> {
    const { target } = opts
    const dispatcher = await this.dispatcherFor(target)
    let token: string
    try {
      token = await issueServiceToken(this.deps.accounts, {
        iss: opts.did,
        aud: opts.aud ?? target.did,
        lxm: opts.lxm ?? opts.nsid,
      })
    } catch (err) {
      throw new AuthRequiredError('The account of this session is not hosted here', undefined, { cause: err })
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}` }
    copyHeaders(req.headers, headers, REQUEST_HEADERS)
    const clientEncoding = single(req.headers['accept-encoding'])
    headers['accept-encoding'] = mayRead
      ? readableAcceptEncoding(clientEncoding, this.deps.config.proxy.preferCompressed)
      : (clientEncoding ?? 'identity')
    const hasBody = req.method === 'POST'
    if (hasBody) copyHeaders(req.headers, headers, BODY_HEADERS)
    const abort = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) abort.abort()
    })
    return callUpstream(
      dispatcher,
      {
        url: target.url + req.originalUrl,
        method: req.method as 'GET' | 'HEAD' | 'POST',
        headers,
        body: hasBody ? req : undefined,
        signal: abort.signal,
      },
      this.limits,
    )
  }

  private async pipe(res: Response, upstream: UpstreamResponse): Promise<void> {
    res.status(upstream.status)
    copyResponseHeaders(upstream.headers, res)
    try {
      await pipeline(upstream.body, byteLimit(this.limits.maxResponseSize), res)
    } catch (err) {
      // @NOTE the status line is gone: all we can do is cut the response, which the client sees
      this.deps.logger.warn({ err }, 'proxied response ended early')
      res.destroy()
    }
  }

  private async failWith(res: Response, upstream: UpstreamResponse, body: Buffer | undefined): Promise<never> {
    const parsed = await parseError(upstream.headers, body, this.limits.maxResponseSize)
    for (const name of ['atproto-repo-rev', 'atproto-content-labelers', 'retry-after'] as const) {
      const value = single(upstream.headers[name])
      if (value !== undefined) res.setHeader(name, value)
    }
    // @NOTE an upstream crash is our upstream failure, not our internal error (as the reference answers)
    const crashed = upstream.status === 500
    const status = crashed ? ResponseType.UpstreamFailure : (upstream.status as ResponseType)
    const name = crashed ? 'UpstreamFailure' : parsed.error
    throw new XRPCError(status, parsed.message ?? `The upstream service answered ${upstream.status}`, name)
  }
}

async function parseError(
  headers: IncomingHttpHeaders,
  body: Buffer | undefined,
  max: number,
): Promise<{ error?: string; message?: string }> {
  if (!body || !/application\/(?:[\w.+-]+\+)?json/i.test(single(headers['content-type']) ?? '')) return {}
  try {
    const json = JSON.parse((await decodeBody(body, single(headers['content-encoding']), max)).toString('utf8'))
    return {
      error: typeof json?.error === 'string' ? json.error : undefined,
      message: typeof json?.message === 'string' ? json.message : undefined,
    }
  } catch {
    return {}
  }
}

function copyHeaders(from: IncomingHttpHeaders, to: Record<string, string>, names: readonly string[]): void {
  for (const name of names) {
    const value = single(from[name])
    if (value !== undefined) to[name] = value
  }
}

/** Copies the allowed upstream response headers onto `res`. */
export function copyResponseHeaders(from: IncomingHttpHeaders, res: Response, names = RESPONSE_HEADERS): void {
  for (const name of names) {
    const value = single(from[name])
    if (value !== undefined) res.setHeader(name, value)
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}
