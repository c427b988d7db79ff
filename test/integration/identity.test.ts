import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestDns, type TestDnsServer } from '../helpers/dns-server.js'
import { startHttpsHosts, type TestHttpsHosts } from '../helpers/https-hosts.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const WEB = 'webhandle.com'
const DNS = 'dnshandle.com'

async function plcDocument(plc: TestPlc, did: string): Promise<{ alsoKnownAs: string[] }> {
  const res = await fetch(`${plc.url}/${did}`)
  return (await res.json()) as { alsoKnownAs: string[] }
}

async function identityEvents(pds: TestServer, did: string): Promise<number> {
  const rows = await pds.ctx.db
    .selectFrom('repoSeq')
    .select('seq')
    .where('did', '=', did)
    .where('eventType', '=', 'identity')
    .execute()
  return rows.length
}

describe.each(dialects())('identity (%s)', (dialect) => {
  let plc: TestPlc
  let dns: TestDnsServer
  let web: TestHttpsHosts
  let pds: TestServer
  let anon: AtpAgent
  let alice: TestAccount

  beforeAll(async () => {
    plc = await startTestPlc()
    dns = await startTestDns()
    web = await startHttpsHosts(WEB)
    pds = await startTestServer({
      dialect,
      plcUrl: plc.url,
      dnsServers: [dns.server],
      outboundPolicy: { lookup: web.lookup, ca: web.ca },
    })
    anon = new AtpAgent({ service: pds.url })
    alice = await signUp(pds)
  })
  afterAll(async () => {
    await pds?.close()
    await Promise.all([plc?.close(), dns?.close(), web?.close()])
  })

  const resolve = async (handle: string) => (await anon.com.atproto.identity.resolveHandle({ handle })).data.did

  describe('resolveHandle', () => {
    it('answers hosted handles from the database', async () => {
      expect(await resolve(alice.handle)).toBe(alice.did)
      expect(await resolve(alice.handle.toUpperCase())).toBe(alice.did)
    })

    it('resolves other handles by DNS TXT, over real DNS', async () => {
      dns.txt.set(`_atproto.dana.${DNS}`, ['did=did:plc:dana0000000000000000000'])
      expect(await resolve(`dana.${DNS}`)).toBe('did:plc:dana0000000000000000000')
      expect(dns.queries).toContain(`_atproto.dana.${DNS}`)
    })

    it('resolves other handles by the HTTPS well-known', async () => {
      web.routes.set(`erin.${WEB}/.well-known/atproto-did`, { body: 'did:plc:erin0000000000000000000\n' })
      expect(await resolve(`erin.${WEB}`)).toBe('did:plc:erin0000000000000000000')
    })

    it('does not resolve unknown, ambiguous or malformed answers', async () => {
      dns.txt.set(`_atproto.twice.${DNS}`, [
        'did=did:plc:aaaaaaaaaaaaaaaaaaaaaaaa',
        'did=did:plc:bbbbbbbbbbbbbbbbbbbbbbbb',
      ])
      web.routes.set(`junk.${WEB}/.well-known/atproto-did`, { body: '<html>not a did</html>' })
      for (const handle of [`nobody.${DNS}`, `twice.${DNS}`, `junk.${WEB}`, 'nobody.test']) {
        expect(await xrpcError(resolve(handle))).toMatchObject({ status: 400, error: 'HandleNotFound' })
      }
    })
  })

  describe('resolveDid and resolveIdentity', () => {
    it('resolves a did:plc to its document', async () => {
      const { data } = await anon.com.atproto.identity.resolveDid({ did: alice.did })
      expect(data.didDoc).toMatchObject({ id: alice.did, alsoKnownAs: [`at://${alice.handle}`] })
      const unknown = anon.com.atproto.identity.resolveDid({ did: 'did:plc:unknown00000000000000000' })
      expect(await xrpcError(unknown)).toMatchObject({ status: 400, error: 'DidNotFound' })
    })

    it('resolves a did:web over HTTPS, and refuses a did:web with a path before fetching', async () => {
      const did = `did:web:doc.${WEB}`
      web.routes.set(`doc.${WEB}/.well-known/did.json`, {
        type: 'application/json',
        body: JSON.stringify({ id: did, alsoKnownAs: [`at://liar.${WEB}`] }),
      })
      const { data } = await anon.com.atproto.identity.resolveDid({ did })
      expect(data.didDoc).toMatchObject({ id: did })
      const before = web.hits.length
      for (const bad of [`did:web:doc.${WEB}%2Fadmin`, `did:web:doc.${WEB}%3A8080`, `did:web:doc.${WEB}%40evil.com`]) {
        expect(await xrpcError(anon.com.atproto.identity.resolveDid({ did: bad }))).toMatchObject({ status: 400 })
      }
      expect(web.hits.length).toBe(before)
    })

    it('gives the verified handle of a DID or handle, and handle.invalid when it does not match', async () => {
      for (const identifier of [alice.did, alice.handle]) {
        const { data } = await anon.com.atproto.identity.resolveIdentity({ identifier })
        expect(data).toMatchObject({ did: alice.did, handle: alice.handle, didDoc: { id: alice.did } })
      }
      const liar = await anon.com.atproto.identity.resolveIdentity({ identifier: `did:web:doc.${WEB}` })
      expect(liar.data.handle).toBe('handle.invalid')
      const missing = anon.com.atproto.identity.resolveIdentity({ identifier: `ghost.${DNS}` })
      expect(await xrpcError(missing)).toMatchObject({ status: 400, error: 'HandleNotFound' })
    })

    it('refreshIdentity skips the cache', async () => {
      dns.txt.set(`_atproto.frank.${DNS}`, ['did=did:plc:frank000000000000000000'])
      expect(await resolve(`frank.${DNS}`)).toBe('did:plc:frank000000000000000000')
      dns.txt.set(`_atproto.frank.${DNS}`, [`did=${alice.did}`])
      expect(await resolve(`frank.${DNS}`)).toBe('did:plc:frank000000000000000000')
      const { data } = await anon.com.atproto.identity.refreshIdentity({ identifier: `frank.${DNS}` })
      // @NOTE the answer names the handle alice's document claims (and that resolves back), not frank's
      expect(data).toMatchObject({ did: alice.did, handle: alice.handle })
      expect(await resolve(`frank.${DNS}`)).toBe(alice.did)
    })
  })

  describe('updateHandle', () => {
    it('moves an account to a new handle here: PLC document, #identity event, old handle free', async () => {
      const bob = await signUp(pds)
      const events = await identityEvents(pds, bob.did)
      const next = `b${bob.handle}`
      await bob.agent.com.atproto.identity.updateHandle({ handle: next })
      expect((await plcDocument(plc, bob.did)).alsoKnownAs).toEqual([`at://${next}`])
      expect(await identityEvents(pds, bob.did)).toBe(events + 1)
      expect(await resolve(next)).toBe(bob.did)
      expect((await bob.agent.com.atproto.server.getSession()).data.handle).toBe(next)
      const taker = await signUp(pds, { handle: bob.handle, email: `taker-${bob.email}` })
      expect(await resolve(bob.handle)).toBe(taker.did)
    })

    it('refuses a handle another account holds, or a reserved one', async () => {
      const carol = await signUp(pds)
      const taken = carol.agent.com.atproto.identity.updateHandle({ handle: alice.handle })
      expect(await xrpcError(taken)).toMatchObject({ status: 400, error: 'HandleNotAvailable' })
      const reserved = carol.agent.com.atproto.identity.updateHandle({ handle: 'admin.test' })
      expect(await xrpcError(reserved)).toMatchObject({ status: 400, error: 'InvalidHandle' })
      expect(await xrpcError(anon.com.atproto.identity.updateHandle({ handle: 'x1234.test' }))).toMatchObject({
        status: 401,
      })
    })

    it('takes a domain handle only once it names the DID', async () => {
      const dave = await signUp(pds)
      const handle = `dave.${DNS}`
      const early = dave.agent.com.atproto.identity.updateHandle({ handle })
      const refused = await xrpcError(early)
      expect(refused).toMatchObject({ status: 400, error: 'InvalidHandle' })
      expect(refused.message).toContain(`_atproto.${handle}`)
      dns.txt.set(`_atproto.${handle}`, [`did=${dave.did}`])
      await dave.agent.com.atproto.identity.updateHandle({ handle })
      expect((await plcDocument(plc, dave.did)).alsoKnownAs).toEqual([`at://${handle}`])
      expect(await resolve(handle)).toBe(dave.did)
    })
  })

  it('serves only /.well-known/atproto-did on a hosted handle host', async () => {
    const get = (path: string, host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const url = new URL(pds.url)
        http
          .get({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
            let body = ''
            res.on('data', (chunk) => {
              body += chunk
            })
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
          })
          .on('error', reject)
      })
    expect(await get('/.well-known/atproto-did', alice.handle)).toEqual({ status: 200, body: alice.did })
    expect((await get('/xrpc/_health', alice.handle)).status).toBe(404)
    expect((await get('/xrpc/com.atproto.server.describeServer', alice.handle)).status).toBe(404)
    expect((await get('/xrpc/_health', 'localhost')).status).toBe(200)
  })
})

describe('identity outside development mode: the SSRF guard', () => {
  let plc: TestPlc
  let web: TestHttpsHosts
  let bait: http.Server
  let baitHits = 0
  let pds: TestServer
  let anon: AtpAgent

  beforeAll(async () => {
    plc = await startTestPlc()
    web = await startHttpsHosts(WEB)
    bait = http.createServer((_req, res) => {
      baitHits++
      res.end('{}')
    })
    await new Promise<void>((resolve) => bait.listen(0, '127.0.0.1', resolve))
    // @NOTE names still resolve to a loopback address: a DNS answer pointing inside is what is refused
    pds = await startTestServer({
      plcUrl: plc.url,
      config: { devMode: false },
      dnsServers: ['127.0.0.1:9'],
      outboundPolicy: { lookup: web.lookup, ca: web.ca },
    })
    anon = new AtpAgent({ service: pds.url })
  })
  afterAll(async () => {
    await pds?.close()
    await new Promise((resolve) => bait?.close(resolve))
    await Promise.all([plc?.close(), web?.close()])
  })

  it('does not fetch a handle well-known whose host resolves to a private address', async () => {
    web.routes.set(`erin.${WEB}/.well-known/atproto-did`, { body: 'did:plc:erin0000000000000000000' })
    const call = anon.com.atproto.identity.resolveHandle({ handle: `erin.${WEB}` })
    expect(await xrpcError(call)).toMatchObject({ status: 400, error: 'HandleNotFound' })
    expect(web.hits).toEqual([])
  })

  it('does not fetch did:web documents on loopback, by name or by plain http', async () => {
    const port = (bait.address() as AddressInfo).port
    for (const did of [`did:web:localhost%3A${port}`, `did:web:doc.${WEB}`]) {
      const call = anon.com.atproto.identity.resolveDid({ did })
      expect((await xrpcError(call)).status).toBeGreaterThanOrEqual(400)
    }
    expect(baitHits).toBe(0)
    expect(web.hits).toEqual([])
  })
})
