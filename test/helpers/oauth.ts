/**
 * OAuth test helpers: a loopback "app" that receives the redirect with the code, and the
 * official @atproto/oauth-client-node set up as a development (loopback) client of a test PDS.
 *
 * @module
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { NodeOAuthClient, type NodeSavedSession, type NodeSavedState } from '@atproto/oauth-client-node'

/** A server on 127.0.0.1 that records the query of each request to /callback. */
export interface CallbackServer {
  redirectUri: string
  /** Resolves with the next callback's query parameters. */
  next(): Promise<URLSearchParams>
  close(): Promise<void>
}

/** Starts a {@link CallbackServer}. */
export async function startCallbackServer(): Promise<CallbackServer> {
  const waiting: ((params: URLSearchParams) => void)[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<!doctype html><title>App</title><p>Signed in, back in the app.</p>')
    if (url.pathname === '/callback') waiting.shift()?.(url.searchParams)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    redirectUri: `http://127.0.0.1:${port}/callback`,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** In-memory stores the client keeps its state and sessions in (exposed for tests). */
export class MemoryStore<T> {
  readonly map = new Map<string, T>()
  async set(key: string, value: T) {
    this.map.set(key, value)
  }
  async get(key: string) {
    return this.map.get(key)
  }
  async del(key: string) {
    this.map.delete(key)
  }
}

/**
 * The official client as a loopback development client of the PDS at `pdsUrl`.
 *
 * @example
 * const { client } = officialClient({ pdsUrl: pds.url, plcUrl: pds.plcUrl, redirectUri, scope: 'atproto transition:generic' })
 * const url = await client.authorize('alice.test')
 */
export function officialClient(opts: { pdsUrl: string; plcUrl: string; redirectUri: string; scope: string }) {
  const sessions = new MemoryStore<NodeSavedSession>()
  const states = new MemoryStore<NodeSavedState>()
  const clientId = `http://localhost?${new URLSearchParams({ redirect_uri: opts.redirectUri, scope: opts.scope })}`
  const client = new NodeOAuthClient({
    clientMetadata: {
      client_id: clientId,
      redirect_uris: [opts.redirectUri as `http://127.0.0.1:${string}`],
      scope: opts.scope,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      dpop_bound_access_tokens: true,
    },
    stateStore: states,
    sessionStore: sessions,
    handleResolver: opts.pdsUrl,
    plcDirectoryUrl: opts.plcUrl,
    allowHttp: true,
  })
  return { client, sessions, states, clientId }
}
