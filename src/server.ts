import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { parseReqNsid, Server as XrpcServer } from '@atproto/xrpc-server'
import cors from 'cors'
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import { sql } from 'kysely'
import { rt } from '#generated/index.js'
import { knownMethods, methodMap, registerApi, servedInProxiedFamilies } from '#src/api/index.js'
import { atprotoDid, handleHostGuard } from '#src/api/well-known.js'
import { oauthRoutes } from '#src/auth/oauth/routes.js'
import type { AppContext } from '#src/context.js'
import {
  InvalidRequestError,
  MALFORMED_JSON_MESSAGE,
  MethodNotImplementedError,
  NotFoundError,
  toXrpcError,
  type XRPCError,
} from '#src/errors.js'
import { weakEtag } from '#src/etag.js'
import { sendJsonAsBytes } from '#src/json-response.js'
import type { SubscriberSocket } from '#src/limits/index.js'
import type { Logger } from '#src/logger.js'
import { answerNotModified } from '#src/not-modified.js'
import type { Authenticate } from '#src/proxy/proxy-service.js'
import { PDS_VERSION } from '#src/version.js'
import { accountRoutes } from '#src/web/account.js'
import { adminDashboard } from '#src/web/admin/router.js'
import { authorizeRoutes } from '#src/web/authorize.js'
import { Csrf } from '#src/web/browser.js'
import { xrpcDispatch } from '#src/xrpc-dispatch.js'

/** The HTTP side of a PDS: the express app, its xrpc server, and a listener that closes gracefully. */
export interface PdsServer {
  readonly app: Express
  /** The @atproto/xrpc-server instance the handlers are registered on. */
  readonly xrpc: XrpcServer
  /** Starts listening (defaults: the configured port and bind host); resolves with the bound address. */
  listen(port?: number, host?: string): Promise<AddressInfo>
  /**
   * Stops accepting connections, lets in-flight requests finish (cut after `timeoutMs`),
   * closes WebSocket subscriptions, then closes the context. Safe to call twice.
   */
  close(timeoutMs?: number): Promise<void>
}

const OPENAPI_PATH = new URL('../generated/openapi.json', import.meta.url)

/**
 * How long the server keeps an idle connection and waits for a request.
 *
 * @NOTE Node closes an idle kept-alive connection after 5 s by default, and a client that
 * sends its next request just then (a load balancer or proxy with the usual 60 s idle timeout,
 * or any client whose event loop was busy) gets ECONNRESET. 90 s, as the reference PDS, outlasts
 * those, and the `Keep-Alive: timeout=90` header it makes Node send tells clients (Node's agent
 * among them) to drop an idle socket before then. Node times the headers of each request from
 * its first byte, not from the end of the previous one, so they need not outlast the
 * keep-alive: 60 s for the headers (Node's default, against slow-header clients) and 300 s for
 * a whole request (Node's default; a large blob upload on a slow link).
 */
const HTTP_TIMEOUTS = Object.freeze({
  keepAliveTimeout: 90_000,
  headersTimeout: 60_000,
  requestTimeout: 300_000,
})

const ROBOTS_TXT = '# Crawling the public API is allowed\nUser-agent: *\nAllow: /\n'

// @NOTE headers a browser client may read on a cross-origin response
const EXPOSED_HEADERS = [
  'atproto-content-labelers',
  'atproto-repo-rev',
  'dpop-nonce',
  'www-authenticate',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
  'retry-after',
]

/**
 * Builds the express app for `ctx`: CORS, health, banner, robots.txt, `/openapi.json`,
 * every XRPC handler, and the `{ error, message }` envelope for every failure.
 *
 * @example
 * const server = createServer(ctx)
 * const { port } = await server.listen()
 * process.once('SIGTERM', () => server.close())
 */
export function createServer(ctx: AppContext): PdsServer {
  const { config, logger } = ctx
  const xrpc = new XrpcServer(undefined, {
    validateResponse: config.validateResponse,
    payload: { jsonLimit: config.jsonLimit, blobLimit: config.blobUploadLimit, textLimit: 100 * 1024 },
    catchall: xrpcCatchall(ctx.proxy.handler(authenticate(ctx))),
    errorParser: toXrpcError,
  })
  registerApi(xrpc, ctx)
  // @NOTE subscribers send us nothing worth more than a few bytes; ws's default would accept 100 MiB frames
  for (const sub of xrpc.subscriptions.values()) sub.wss.options.maxPayload = ctx.limits.websocketMaxPayload

  const app = express()
  app.disable('x-powered-by')
  // @NOTE xrpc-server's routes are an express app of their own, which would add the header back
  xrpc.router.disable('x-powered-by')
  // @NOTE the same ETags as express's default, cheaper to make (both apps send responses)
  app.set('etag', weakEtag)
  xrpc.router.set('etag', weakEtag)
  sendJsonAsBytes(app)
  // @NOTE XRPC reads its own parameters from the URL; the pages read only flat `?key=value`
  // ones (typeof-checked), which node's querystring parses at a fraction of qs's cost
  app.set('query parser', 'simple')
  // @NOTE req.ip (and req.protocol) follow X-Forwarded-* only from the proxies in PDS_TRUST_PROXY
  app.set('trust proxy', ctx.limits.clientIps.trusts)
  app.use(requestLogger(logger))
  app.use(handleHostGuard(ctx))
  app.use(corsHeaders())
  // @NOTE after CORS, so a browser client can read a 403 or a 429 and its headers
  for (const middleware of ctx.limits.middleware) app.use(middleware)
  app.get('/xrpc/_health', async (_req, res) => {
    try {
      await sql`select 1`.execute(ctx.db)
    } catch (err) {
      logger.error({ err }, 'health check failed: database unavailable')
      res.status(503).json({ version: PDS_VERSION, error: 'Service Unavailable' })
      return
    }
    res.json({ version: PDS_VERSION })
  })
  // @NOTE XRPC comes before the pages and OAuth routes, none of which serves an /xrpc/ path:
  // each router an XRPC request passes costs it time, and XRPC is nearly all the traffic
  // @NOTE preferences are held here unless the atproto-proxy header names another AppView
  app.use(ctx.proxy.forwardElsewhere(servedInProxiedFamilies, authenticate(ctx)))
  // @NOTE handler-encoded answers leave express's freshness check out; this puts it back
  app.use(answerNotModified())
  app.use(xrpcDispatch(xrpc))
  app.use(xrpc.router)
  app.get('/', (_req, res) => {
    res.type('text/plain').send(`This is an AT Protocol Personal Data Server (PDS), version ${PDS_VERSION}.\n`)
  })
  app.get('/robots.txt', (_req, res) => {
    res.type('text/plain').send(ROBOTS_TXT)
  })
  // @NOTE read at each request, not held: 1.8 MB of memory for a document rarely asked for
  app.get('/openapi.json', (_req, res, next) => {
    fs.readFile(OPENAPI_PATH, (err, openapi) => {
      if (err) return next(new NotFoundError('The OpenAPI document has not been generated yet'))
      res.type('application/json').send(openapi)
    })
  })
  app.get('/.well-known/atproto-did', atprotoDid(ctx))
  // OAuth: metadata, PAR, token and revocation endpoints; the sign-in pages and /account
  const web = {
    oauth: ctx.oauth,
    accounts: ctx.accounts,
    accountEmail: ctx.accountEmail,
    auth: ctx.auth,
    csrf: new Csrf(ctx.secrets.jwtSecret),
    origin: ctx.oauth.issuer,
    logger,
    signUp: { handleDomains: config.serviceHandleDomains, inviteRequired: config.inviteRequired },
  }
  app.use(oauthRoutes(ctx.oauth, { hostname: config.hostname, logger }))
  app.use(authorizeRoutes(web))
  app.use(accountRoutes(web))
  app.use('/admin', adminDashboard(ctx))
  app.use((_req, _res, next) => next(new NotFoundError()))
  app.use(errorHandler(logger))

  let httpServer: http.Server | undefined
  let closing: Promise<void> | undefined

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const sub = subscriptionFor(xrpc, req)
    if (!sub) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    // @NOTE admission may wait (Redis): a client resetting meanwhile must not crash the process
    socket.on('error', ignoreError)
    ctx.limits.admitUpgrade(req).then(
      (release) => {
        // @NOTE a socket that closed during admission will not emit 'close' again
        if (socket.destroyed) return release()
        socket.once('close', release)
        sub.wss.handleUpgrade(req, socket, head, (ws: SubscriberSocket) => {
          ctx.limits.attach(req, ws)
          sub.wss.emit('connection', ws, req)
        })
      },
      (err: unknown) => refuseUpgrade(socket, toXrpcError(err)),
    )
  }

  return {
    app,
    xrpc,
    async listen(port = config.port, host = config.bindHost) {
      if (httpServer) throw new Error('The server is already listening')
      const server = http.createServer(HTTP_TIMEOUTS, app)
      httpServer = server
      // @NOTE xrpc-server only wires WebSocket upgrades into `app.listen`; we own the http server
      server.on('upgrade', onUpgrade)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      // @NOTE relays are asked to crawl once we can answer them
      ctx.crawlers.notify()
      return server.address() as AddressInfo
    },
    close(timeoutMs = 10_000) {
      closing ??= (async () => {
        if (httpServer) await stopHttp(httpServer, xrpc, timeoutMs)
        await ctx.close()
      })()
      return closing
    },
  }
}

/**
 * Every unserved `/xrpc/<nsid>`: a known method called the wrong way gets its XRPC error, one
 * marked `unserved` a 501 with the reason, the rest go to `proxy` (the built-in checks ran first).
 */
const xrpcCatchall =
  (proxy: RequestHandler): RequestHandler =>
  (req, res, next) => {
    const nsid = parseReqNsid(req)
    const method = Object.hasOwn(knownMethods, nsid) ? knownMethods[nsid] : undefined
    if (!method) return proxy(req, res, next)
    if (method.type === 'subscription') {
      return next(new InvalidRequestError(`${nsid} is a subscription: connect with a WebSocket upgrade`))
    }
    const expected = method.type === 'query' ? 'GET' : 'POST'
    if (req.method !== expected && !(expected === 'GET' && req.method === 'HEAD')) {
      return next(new InvalidRequestError(`Incorrect HTTP method (${req.method}) expected ${expected}`))
    }
    const entry: unknown = methodMap[nsid as keyof typeof methodMap]
    if (rt.isNotServed(entry) && entry.notServed === 'unserved') {
      return next(new MethodNotImplementedError(`Method not implemented: ${nsid} (${entry.why})`))
    }
    // @NOTE a served method never gets here: its route answered first
    return proxy(req, res, next)
  }

/** The callers the proxy forwards for: sessions of accounts hosted here. */
function authenticate(ctx: AppContext): Authenticate {
  return async (req, nsid) => (await ctx.auth.accessStandard({ req, nsid })).credentials
}

function subscriptionFor(xrpc: XrpcServer, req: http.IncomingMessage) {
  try {
    return xrpc.subscriptions.get(parseReqNsid(req))
  } catch {
    return undefined
  }
}

function ignoreError(): void {}

/**
 * CORS: any origin, no cookies (XRPC auth travels in headers). A preflight is the cors
 * package's, which reflects the requested headers (like the reference PDS) so new atproto-*
 * headers need no change here; any other request gets the two headers cors would give it.
 */
function corsHeaders(): RequestHandler {
  const preflight = cors({ maxAge: 24 * 60 * 60, exposedHeaders: EXPOSED_HEADERS })
  const exposed = EXPOSED_HEADERS.join(',')
  // @NOTE cors works its options out again on every request; these two never change
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return preflight(req, res, next)
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Expose-Headers', exposed)
    next()
  }
}

/** Answers a refused WebSocket upgrade with the XRPC error envelope and closes the socket. */
function refuseUpgrade(socket: Duplex, error: XRPCError): void {
  const body = JSON.stringify(error.payload)
  const reason = http.STATUS_CODES[error.statusCode] ?? 'Error'
  socket.end(
    `HTTP/1.1 ${error.statusCode} ${reason}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  )
}

async function stopHttp(server: http.Server, xrpc: XrpcServer, timeoutMs: number): Promise<void> {
  const closed = new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())))
  server.closeIdleConnections()
  // @NOTE upgraded sockets keep server.close() waiting, so subscribers are told to go away
  for (const sub of xrpc.subscriptions.values()) {
    for (const ws of sub.wss.clients) ws.close(1001, 'server shutting down')
    sub.wss.close()
  }
  const force = setTimeout(() => {
    for (const sub of xrpc.subscriptions.values()) for (const ws of sub.wss.clients) ws.terminate()
    server.closeAllConnections()
  }, timeoutMs)
  force.unref()
  try {
    await closed
  } finally {
    clearTimeout(force)
  }
}

/** Logs each request once it is answered; gives xrpc-server our (redacting) logger as `req.log`. */
function requestLogger(logger: Logger): RequestHandler {
  // @NOTE xrpc-server logs every error it renders at level error; a client's mistake is not ours
  const xrpcLog = {
    error(given: { status?: number; payload?: { message?: string } }, msg: string) {
      // @NOTE the parser's error quotes the body (a password, say); log only that it was malformed
      const malformed = given.status === 400 && given.payload?.message === MALFORMED_JSON_MESSAGE
      const obj = malformed ? { ...given, err: { type: 'InvalidRequest', message: MALFORMED_JSON_MESSAGE } } : given
      const status = obj.status ?? 500
      // @NOTE 501 is a method this PDS does not serve: the client asked, nothing broke
      if (status >= 500 && status !== 501) logger.error(obj, msg)
      else logger.info(obj, msg)
    },
  }
  // @NOTE the request line's keys are fixed and name no secret, so pino's redaction (a walk
  // of every redacted path, most of the line's cost) could never change it
  const lines = logger.child({}, { redact: [] })
  return (req, res, next) => {
    ;(req as typeof req & { log: unknown }).log = xrpcLog
    // @NOTE the line costs a little on every request: nothing is built when nobody reads it
    if (lines.isLevelEnabled('info')) {
      const started = performance.now()
      res.once('finish', () => {
        // @NOTE the query string is left out: it is the one part of a URL that may carry user data
        const url = req.originalUrl
        const query = url.indexOf('?')
        const path = query === -1 ? url : url.slice(0, query)
        lines.info(
          { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) },
          'request',
        )
      })
    }
    next()
  }
}

/** The last word on any error outside the xrpc router: the `{ error, message }` envelope. */
function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    const error = toXrpcError(err)
    if (error.statusCode >= 500) logger.error({ err, path: req.path }, 'unhandled exception')
    if (res.headersSent) return next(err)
    res.status(error.statusCode).json(error.payload)
  }
}
