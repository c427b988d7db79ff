import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import { gzipSync } from 'node:zlib'
import { AtpAgent } from '@atproto/api'
import { request } from 'undici'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import {
  proxyConfig,
  registerServiceDid,
  type StandInAppView,
  startStandInAppView,
} from '../helpers/stand-in-appview.js'
import { freePort, startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const MB = 1024 * 1024

describe.each(dialects())('proxying to the AppView (%s)', (dialect) => {
  let plc: TestPlc
  let appview: StandInAppView
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    plc = await startTestPlc()
    appview = await startStandInAppView({ plcUrl: plc.url })
    pds = await startTestServer({ dialect, plcUrl: plc.url, config: { proxy: proxyConfig(appview) } })
    alice = await signUp(pds)
  })
  afterAll(async () => {
    await pds?.close()
    await appview?.close()
    await plc?.close()
  })
  beforeEach(() => {
    appview.calls.length = 0
    appview.routes.clear()
  })

  const xrpc = (nsid: string, query = '') => `${pds.url}/xrpc/${nsid}${query}`
  const auth = () => ({ authorization: `Bearer ${alice.agent.session?.accessJwt}` })

  it('forwards with a fresh service JWT: iss the caller, aud the AppView DID, lxm the method', async () => {
    appview.routes.set('app.bsky.feed.getTimeline', () => ({ body: { feed: [], cursor: 'c1' } }))
    const { data } = await alice.agent.app.bsky.feed.getTimeline({ limit: 5 })
    expect(data).toEqual({ feed: [], cursor: 'c1' })
    await alice.agent.app.bsky.feed.getTimeline({ limit: 5 })
    expect(appview.calls).toHaveLength(2)
    const [first, second] = appview.calls
    expect(first?.jwtError).toBeUndefined()
    expect(first?.jwt).toMatchObject({ iss: alice.did, aud: appview.did, lxm: 'app.bsky.feed.getTimeline' })
    expect(first?.url).toBe('/xrpc/app.bsky.feed.getTimeline?limit=5')
    expect(first?.jwt?.jti).not.toBe(second?.jwt?.jti)
  })

  it('answers 501 with the reason for a method the map marks unserved, and forwards nothing', async () => {
    const headers: Record<string, string>[] = [{}, { 'atproto-proxy': `${appview.did}#bsky_appview` }]
    for (const header of headers) {
      const res = await fetch(xrpc('com.atproto.sync.listHosts'), { headers: { ...auth(), ...header } })
      expect(res.status).toBe(501)
      expect(await res.json()).toEqual({
        error: 'MethodNotImplemented',
        message: 'Method not implemented: com.atproto.sync.listHosts (a relay method: a PDS has no hosts)',
      })
    }
    expect(appview.calls).toHaveLength(0)
  })

  it('forwards a com.atproto method the map marks proxied to the AppView', async () => {
    appview.routes.set('com.atproto.label.queryLabels', () => ({ body: { labels: [] } }))
    const res = await fetch(xrpc('com.atproto.label.queryLabels', '?uriPatterns=at://*'), { headers: auth() })
    expect(await res.json()).toEqual({ labels: [] })
    expect(appview.calls.map((c) => c.url)).toEqual(['/xrpc/com.atproto.label.queryLabels?uriPatterns=at://*'])
  })

  it('lets only the allowed headers cross, both ways', async () => {
    appview.routes.set('app.bsky.actor.searchActors', () => ({
      headers: {
        'content-language': 'fr',
        'atproto-content-labelers': 'did:plc:labeler',
        'atproto-repo-rev': '3kabc',
        'set-cookie': 'session=upstream',
        'x-upstream-secret': 'no',
      },
      body: { actors: [] },
    }))
    const res = await fetch(xrpc('app.bsky.actor.searchActors', '?q=a'), {
      headers: {
        ...auth(),
        'accept-language': 'fr, en;q=0.5',
        'atproto-accept-labelers': 'did:plc:labeler;redact',
        'x-bsky-topics': 'art',
        cookie: 'secret=1',
        'x-forwarded-for': '10.0.0.1',
        'user-agent': 'test-agent',
      },
    })
    expect(res.status).toBe(200)
    const [call] = appview.calls
    expect(call?.headers).toMatchObject({
      'accept-language': 'fr, en;q=0.5',
      'atproto-accept-labelers': 'did:plc:labeler;redact',
      'x-bsky-topics': 'art',
    })
    for (const name of ['cookie', 'x-forwarded-for', 'user-agent', 'atproto-proxy'])
      expect(call?.headers[name]).toBeUndefined()
    expect(call?.headers.authorization).not.toBe(auth().authorization)
    expect(res.headers.get('content-language')).toBe('fr')
    expect(res.headers.get('atproto-content-labelers')).toBe('did:plc:labeler')
    expect(res.headers.get('atproto-repo-rev')).toBe('3kabc')
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.headers.get('x-upstream-secret')).toBeNull()
  })

  it('streams large request and response bodies byte for byte', async () => {
    const upload = randomBytes(5 * MB)
    appview.routes.set('app.bsky.video.uploadVideo', (call) => ({
      headers: { 'content-type': 'application/octet-stream', 'x-sha256': sha256(call.body) },
      body: Buffer.concat([call.body].reverse()),
    }))
    const res = await request(xrpc('app.bsky.video.uploadVideo'), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'video/mp4', 'content-length': String(upload.length) },
      body: upload,
    })
    const body = Buffer.from(await res.body.arrayBuffer())
    expect(res.statusCode).toBe(200)
    const [call] = appview.calls
    expect(call?.headers['content-type']).toBe('video/mp4')
    expect(sha256(call?.body ?? Buffer.alloc(0))).toBe(sha256(upload))
    expect(body.equals(upload)).toBe(true)
  })

  it('passes compressed bodies through without re-encoding them', async () => {
    const json = Buffer.from(JSON.stringify({ feed: [], filler: randomBytes(MB).toString('base64') }))
    const gz = gzipSync(json)
    appview.routes.set('app.bsky.unspecced.getPopularFeedGenerators', (call) => {
      expect(call.headers['accept-encoding']).toBe('gzip, br')
      return { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gz }
    })
    const res = await request(xrpc('app.bsky.unspecced.getPopularFeedGenerators'), {
      headers: { ...auth(), 'accept-encoding': 'gzip, br' },
    })
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(Buffer.from(await res.body.arrayBuffer()).equals(gz)).toBe(true)

    const payload = gzipSync(Buffer.from(JSON.stringify({ preferences: [] })))
    appview.routes.set('app.bsky.notification.putPreferencesV2', () => ({ body: {} }))
    const up = await request(xrpc('app.bsky.notification.putPreferencesV2'), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: payload,
    })
    await up.body.dump()
    const call = appview.calls.at(-1)
    expect(call?.headers['content-encoding']).toBe('gzip')
    expect(call?.body.equals(payload)).toBe(true)
  })

  it('passes an upstream XRPC error on with its status and name; an upstream crash is a 502', async () => {
    appview.routes.set('app.bsky.actor.getSuggestions', () => ({
      status: 400,
      headers: { 'retry-after': '5' },
      body: { error: 'BlockedActor', message: 'blocked' },
    }))
    let res = await fetch(xrpc('app.bsky.actor.getSuggestions'), { headers: auth() })
    expect(res.status).toBe(400)
    expect(res.headers.get('retry-after')).toBe('5')
    expect(await res.json()).toEqual({ error: 'BlockedActor', message: 'blocked' })
    appview.routes.set('app.bsky.actor.getSuggestions', () => ({ status: 500, body: '<html>stack trace</html>' }))
    res = await fetch(xrpc('app.bsky.actor.getSuggestions'), { headers: auth() })
    expect(res.status).toBe(502)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe('UpstreamFailure')
    expect(body.message).not.toMatch(/stack trace/)
  })

  it('cuts a response larger than PDS_PROXY_MAX_RESPONSE_SIZE', async () => {
    appview.routes.set('app.bsky.feed.searchPosts', () => ({
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(9 * MB, 'a'),
    }))
    const res = await fetch(xrpc('app.bsky.feed.searchPosts', '?q=x'), { headers: auth() })
    expect(res.status).toBe(502)
    expect(await res.json()).toMatchObject({ error: 'UpstreamFailure' })
    appview.routes.set('app.bsky.feed.searchPosts', (_call, res) => {
      res.setHeader('content-type', 'application/json')
      res.write(Buffer.alloc(5 * MB, 'a'))
      res.end(Buffer.alloc(5 * MB, 'a'))
      return undefined
    })
    const chunked = await request(xrpc('app.bsky.feed.searchPosts', '?q=x'), { headers: auth() })
    await expect(chunked.body.arrayBuffer()).rejects.toThrow()
  })

  it.each([
    ['com.atproto.server.requestEmailUpdate', 'POST'],
    ['com.atproto.server.createAppPassword', 'POST'],
    ['com.atproto.identity.signPlcOperation', 'POST'],
    ['com.atproto.server.getAccountInviteCodes', 'GET'],
  ])('never forwards the protected method %s, even when asked to', async (nsid, method) => {
    const res = await fetch(xrpc(nsid), {
      method,
      headers: { ...auth(), 'atproto-proxy': `${appview.did}#bsky_appview`, 'content-type': 'application/json' },
      ...(method === 'POST' ? { body: '{}' } : {}),
    })
    // @NOTE served here, its own handler answers; not served, 501: either way it never leaves
    await res.body?.cancel()
    expect(res.status).not.toBe(502)
    expect(appview.calls).toHaveLength(0)
  })

  it('forwards only GET, HEAD and POST', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      const res = await fetch(xrpc('com.example.unknown.method'), { method, headers: auth() })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: 'InvalidRequest' })
    }
    appview.routes.set('com.example.unknown.method', () => ({ headers: { 'content-length': '2' }, body: '{}' }))
    const head = await fetch(xrpc('com.example.unknown.method'), { method: 'HEAD', headers: auth() })
    expect(head.status).toBe(200)
    expect(appview.calls.map((c) => c.method)).toEqual(['HEAD'])
  })

  it('forwards chat only for a full session or a privileged app password', async () => {
    const loginWith = async (privileged: boolean) => {
      const { data } = await alice.agent.com.atproto.server.createAppPassword({
        name: `p${privileged}${Date.now()}`,
        privileged,
      })
      const agent = new AtpAgent({ service: pds.url })
      await agent.login({ identifier: alice.handle, password: data.password })
      return agent
    }
    appview.routes.set('chat.bsky.convo.listConvos', (call) => (call.jwt ? { body: { convos: [] } } : { status: 401 }))
    const chat = (agent: AtpAgent) => agent.chat.bsky.convo.listConvos({})
    const plain = await loginWith(false)
    expect(await xrpcError(chat(plain))).toMatchObject({ status: 400, error: 'InvalidToken' })
    expect(
      await xrpcError(plain.com.atproto.server.getServiceAuth({ aud: appview.did, lxm: 'chat.bsky.convo.listConvos' })),
    ).toMatchObject({ status: 400 })
    expect(appview.calls).toHaveLength(0)
    await expect(chat(await loginWith(true))).resolves.toMatchObject({ data: { convos: [] } })
    await expect(chat(alice.agent)).resolves.toMatchObject({ data: { convos: [] } })
    expect(appview.calls).toHaveLength(2)
    // @NOTE an app password still reaches the rest of the AppView
    appview.routes.set('app.bsky.feed.getTimeline', () => ({ body: { feed: [] } }))
    await expect(plain.app.bsky.feed.getTimeline()).resolves.toBeTruthy()
  })

  it('forwards nothing for a caller without a session', async () => {
    const res = await fetch(xrpc('app.bsky.feed.getTimeline'))
    expect(res.status).toBe(401)
    const forged = await fetch(xrpc('app.bsky.feed.getTimeline'), { headers: { authorization: 'Bearer nope' } })
    expect(forged.status).toBe(401)
    expect(appview.calls).toHaveLength(0)
  })

  it('goes where the atproto-proxy header says, resolving the DID document', async () => {
    const other = await startStandInAppView({ plcUrl: plc.url, serviceIds: ['bsky_appview', 'bsky_chat'] })
    try {
      other.routes.set('chat.bsky.convo.listConvos', () => ({ body: { convos: [] } }))
      const res = await fetch(xrpc('chat.bsky.convo.listConvos'), {
        headers: { ...auth(), 'atproto-proxy': `${other.did}#bsky_chat` },
      })
      expect(res.status).toBe(200)
      expect(appview.calls).toHaveLength(0)
      expect(other.calls[0]?.jwt).toMatchObject({ iss: alice.did, aud: other.did, lxm: 'chat.bsky.convo.listConvos' })
    } finally {
      await other.close()
    }
  })

  it.each([
    ['no service id', (did: string) => did],
    ['two fragments', (did: string) => `${did}#a#b`],
    ['a service the document lacks', (did: string) => `${did}#atproto_labeler`],
    ['an unknown DID', () => 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa#bsky_appview'],
  ])('answers 400 for an atproto-proxy header with %s', async (_, header) => {
    const res = await fetch(xrpc('app.bsky.feed.getTimeline'), {
      headers: { ...auth(), 'atproto-proxy': header(appview.did) },
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'InvalidRequest' })
  })

  it('proxies getFeed with a token for the feed generator (aud its DID, lxm getFeedSkeleton)', async () => {
    const feed = 'at://did:plc:feedowner/app.bsky.feed.generator/cats'
    appview.routes.set('com.atproto.repo.getRecord', (call) => {
      expect(call.url).toContain('rkey=cats')
      return { body: { uri: feed, value: { did: 'did:web:feedgen.example.com' } } }
    })
    appview.expectedAud.set('app.bsky.feed.getFeed', 'did:web:feedgen.example.com')
    appview.expectedLxm.set('app.bsky.feed.getFeed', 'app.bsky.feed.getFeedSkeleton')
    appview.routes.set('app.bsky.feed.getFeed', (call) => (call.jwt ? { body: { feed: [] } } : { status: 401 }))
    try {
      const { data } = await alice.agent.app.bsky.feed.getFeed({ feed })
      expect(data).toEqual({ feed: [] })
      const call = appview.calls.find((c) => c.nsid === 'app.bsky.feed.getFeed')
      expect(call?.jwt).toMatchObject({ aud: 'did:web:feedgen.example.com', lxm: 'app.bsky.feed.getFeedSkeleton' })
      appview.routes.set('com.atproto.repo.getRecord', () => ({ status: 400, body: { error: 'RecordNotFound' } }))
      const res = await fetch(xrpc('app.bsky.feed.getFeed', `?feed=${encodeURIComponent(feed)}`), { headers: auth() })
      expect(await res.json()).toMatchObject({ error: 'UnknownFeed' })
    } finally {
      appview.expectedAud.clear()
      appview.expectedLxm.clear()
    }
  })
})

describe('proxying when the upstream is down', () => {
  let pds: TestServer | undefined
  afterAll(() => pds?.close())

  it('answers 502 at once when nothing listens, and within the headers timeout when the upstream hangs', async () => {
    const closedPort = await freePort()
    const sockets: net.Socket[] = []
    const hung = net.createServer((socket) => sockets.push(socket)) // accepts, never answers
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', () => resolve()))
    const hungPort = (hung.address() as net.AddressInfo).port
    try {
      pds = await startTestServer({
        config: {
          proxy: proxyConfig(
            { url: `http://127.0.0.1:${closedPort}`, did: 'did:web:down.example.com' },
            { headersTimeoutMs: 2_000 },
          ),
        },
      })
      const alice = await signUp(pds)
      const headers = { authorization: `Bearer ${alice.agent.session?.accessJwt}` }
      let started = Date.now()
      let res = await fetch(`${pds.url}/xrpc/app.bsky.feed.getTimeline`, { headers })
      expect(res.status).toBe(502)
      expect(await res.json()).toMatchObject({ error: 'UpstreamFailure' })
      // @NOTE a refused connection fails at once, long before the 2 s headers timeout
      expect(Date.now() - started).toBeLessThan(1_500)

      const hangDid = await registerServiceDid(pds.plcUrl, `http://127.0.0.1:${hungPort}`, ['bsky_appview'])
      started = Date.now()
      res = await fetch(`${pds.url}/xrpc/app.bsky.feed.getTimeline`, {
        headers: { ...headers, 'atproto-proxy': `${hangDid}#bsky_appview` },
      })
      const took = Date.now() - started
      expect(res.status).toBe(502)
      expect(await res.json()).toMatchObject({ error: 'UpstreamFailure' })
      expect(took).toBeGreaterThanOrEqual(1_950)
      expect(took).toBeLessThan(4_000)
    } finally {
      await new Promise((resolve) => {
        hung.close(resolve)
        for (const socket of sockets) socket.destroy()
      })
    }
  })

  it('retries a GET whose connection failed PDS_PROXY_MAX_RETRIES times', async () => {
    let connections = 0
    const flaky = http.createServer((_req, res) => {
      connections++
      if (connections % 2 === 1) {
        res.socket?.destroy() // every other connection dies before answering
        return
      }
      res.setHeader('content-type', 'application/json')
      res.end('{"feed":[]}')
    })
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', () => resolve()))
    const url = `http://127.0.0.1:${(flaky.address() as net.AddressInfo).port}`
    const servers: TestServer[] = []
    try {
      for (const maxRetries of [0, 1]) {
        const server = await startTestServer({
          config: { proxy: proxyConfig({ url, did: 'did:web:flaky.example.com' }, { maxRetries }) },
        })
        servers.push(server)
        const alice = await signUp(server)
        const res = await fetch(`${server.url}/xrpc/app.bsky.feed.getTimeline`, {
          headers: { authorization: `Bearer ${alice.agent.session?.accessJwt}`, connection: 'close' },
        })
        expect(res.status).toBe(maxRetries === 0 ? 502 : 200)
        await res.body?.cancel()
        connections = 0
      }
    } finally {
      for (const server of servers) await server.close()
      flaky.closeAllConnections()
      await new Promise((resolve) => flaky.close(resolve))
    }
  })

  it('cuts a response whose body stalls longer than PDS_PROXY_BODY_TIMEOUT', async () => {
    const plc = await startTestPlc()
    const appview = await startStandInAppView({ plcUrl: plc.url })
    const stalled = await startTestServer({
      plcUrl: plc.url,
      config: { proxy: proxyConfig(appview, { bodyTimeoutMs: 400 }) },
    })
    try {
      appview.routes.set('app.bsky.feed.getTimeline', (_call, res) => {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"feed":[')
        return undefined // and never more
      })
      const alice = await signUp(stalled)
      const started = Date.now()
      const res = await request(`${stalled.url}/xrpc/app.bsky.feed.getTimeline`, {
        headers: { authorization: `Bearer ${alice.agent.session?.accessJwt}` },
      })
      expect(res.statusCode).toBe(200)
      await expect(res.body.text()).rejects.toThrow()
      expect(Date.now() - started).toBeLessThan(3_000)
    } finally {
      await stalled.close()
      await appview.close()
      await plc.close()
    }
  })

  it('answers 501 for an unserved method when no AppView is configured, as before', async () => {
    const bare = await startTestServer()
    try {
      const res = await fetch(`${bare.url}/xrpc/app.bsky.feed.getTimeline`)
      expect(res.status).toBe(501)
    } finally {
      await bare.close()
    }
  })
})

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}
