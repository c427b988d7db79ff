/**
 * A stand-in AppView for proxy tests: a small express app on loopback with its own did:plc
 * (services named as asked) in the test PLC directory. It verifies the service JWT of every
 * call with @atproto/xrpc-server's `verifyJwt` against the PLC directory, records what it
 * received, and answers from routes a test sets.
 *
 * @module
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Secp256k1Keypair } from '@atproto/crypto'
import express from 'express'
import { type AppViewService, type Config, readConfig } from '#src/config.js'
import { didForGenesisOperation, PlcClient, signPlcOperation } from '#src/identity/index.js'
import { verifyServiceJwt } from './service-jwt.js'

/** One call the stand-in received. */
export interface ReceivedCall {
  nsid: string
  method: string
  /** Path and query string, as received. */
  url: string
  headers: http.IncomingHttpHeaders
  /** The raw request body bytes (still encoded, if the client encoded them). */
  body: Buffer
  /** The verified JWT payload, or the reason it was refused (undefined: no token). */
  jwt?: { iss: string; aud: string; lxm?: string; jti?: string; exp: number }
  jwtError?: string
}

/** What a route answers. */
export interface StandInReply {
  status?: number
  headers?: Record<string, string>
  body?: Buffer | string | object
}

/** A route: answers one call (the token already verified, unless it failed and `acceptBadTokens`). */
export type StandInRoute = (
  call: ReceivedCall,
  res: express.Response,
) => StandInReply | undefined | Promise<StandInReply | undefined>

/** A running stand-in. */
export interface StandInAppView {
  url: string
  did: string
  calls: ReceivedCall[]
  /** Routes by NSID; unrouted NSIDs answer `{ nsid, echo: true }`. */
  routes: Map<string, StandInRoute>
  /** The method the token must be bound to for an NSID (default: the NSID itself). */
  expectedLxm: Map<string, string>
  /** The audience the token must name for an NSID (default: the stand-in's DID). */
  expectedAud: Map<string, string>
  close(): Promise<void>
}

/**
 * Starts a stand-in on 127.0.0.1, registered in the PLC directory at `plcUrl` with the
 * given service ids (default `bsky_appview`) pointing at it.
 *
 * @example
 * const appview = await startStandInAppView({ plcUrl: pds.plcUrl })
 * appview.routes.set('app.bsky.feed.getTimeline', () => ({ body: { feed: [] } }))
 */
export async function startStandInAppView(opts: { plcUrl: string; serviceIds?: string[] }): Promise<StandInAppView> {
  const calls: ReceivedCall[] = []
  const routes = new Map<string, StandInRoute>()
  const expectedLxm = new Map<string, string>()
  const expectedAud = new Map<string, string>()
  const app = express()
  const server = http.createServer(app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const did = await registerServiceDid(opts.plcUrl, url, opts.serviceIds ?? ['bsky_appview'])

  app.all('/xrpc/:nsid', async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const nsid = req.params.nsid as string
    const call: ReceivedCall = {
      nsid,
      method: req.method,
      url: req.originalUrl,
      headers: req.headers,
      body: Buffer.concat(chunks),
    }
    calls.push(call)
    const token = req.headers.authorization?.replace(/^Bearer /, '')
    if (token) {
      try {
        call.jwt = await verifyServiceJwt(
          opts.plcUrl,
          token,
          expectedAud.get(nsid) ?? did,
          expectedLxm.get(nsid) ?? nsid,
        )
      } catch (err) {
        call.jwtError = (err as Error).message
      }
    }
    const route = routes.get(nsid)
    if (!call.jwt && !route) {
      res.status(401).json({ error: 'AuthenticationRequired', message: call.jwtError ?? 'no token' })
      return
    }
    const reply: StandInReply | undefined = route ? await route(call, res) : { body: { nsid, echo: true } }
    if (!reply || res.headersSent) return
    res.status(reply.status ?? 200)
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value)
    if (Buffer.isBuffer(reply.body) || typeof reply.body === 'string') res.end(reply.body)
    else res.json(reply.body ?? {})
  })

  let closing: Promise<void> | undefined
  return {
    url,
    did,
    calls,
    routes,
    expectedLxm,
    expectedAud,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      return closing
    },
  }
}

/** Creates a did:plc whose services `ids` (type `BskyAppView`) point at `endpoint`. */
export async function registerServiceDid(plcUrl: string, endpoint: string, ids: string[]): Promise<string> {
  const key = await Secp256k1Keypair.create()
  const services = Object.fromEntries(ids.map((id) => [id, { type: 'BskyAppView', endpoint }]))
  const op = await signPlcOperation(
    {
      type: 'plc_operation',
      rotationKeys: [key.did()],
      verificationMethods: { atproto: key.did() },
      alsoKnownAs: [],
      services,
      prev: null,
    },
    key,
  )
  const did = didForGenesisOperation(op)
  await new PlcClient(plcUrl).sendOperation(did, op)
  return did
}

/** Proxy settings for a test PDS whose AppView is `appview` (1 s headers timeout, 8 MiB cap). */
export function proxyConfig(appview: AppViewService | undefined, over: Partial<Config['proxy']> = {}): Config['proxy'] {
  return {
    ...readConfig({}).proxy,
    bskyAppView: appview,
    headersTimeoutMs: 1_000,
    maxResponseSize: 8 * 1024 * 1024,
    ...over,
  }
}
