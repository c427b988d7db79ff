import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestDns, type TestDnsServer } from '../helpers/dns-server.js'
import { FormBrowser, RawClient } from '../helpers/oauth-raw.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const SET = 'com.example.calendar.auth'
const REDIRECT = 'http://127.0.0.1:9/callback'

describe.each(dialects())('include: permission sets resolved through Lexicon resolution (%s)', (dialect) => {
  let pds: TestServer
  let dns: TestDnsServer
  let publisher: TestAccount
  let alice: TestAccount

  beforeAll(async () => {
    dns = await startTestDns()
    pds = await startTestServer({ dialect, dnsServers: [dns.server] })
    publisher = await signUp(pds)
    alice = await signUp(pds)
    // the publisher's repo holds the permission set; DNS points the NSID's authority at it
    dns.txt.set('_lexicon.calendar.example.com', [`did=${publisher.did}`])
    await publisher.agent.com.atproto.repo.createRecord({
      repo: publisher.did,
      collection: 'com.atproto.lexicon.schema',
      rkey: SET,
      validate: false,
      record: {
        $type: 'com.atproto.lexicon.schema',
        lexicon: 1,
        id: SET,
        defs: {
          main: {
            type: 'permission-set',
            title: 'Calendar events',
            permissions: [
              { type: 'permission', resource: 'repo', collection: ['com.example.calendar.event'] },
              { type: 'permission', resource: 'rpc', lxm: ['com.example.calendar.listEvents'], inheritAud: true },
              // outside the set's namespace: never granted
              { type: 'permission', resource: 'repo', collection: ['app.bsky.feed.post'] },
              {
                type: 'permission',
                resource: 'rpc',
                lxm: ['com.example.calendar.admin'],
                aud: 'did:web:evil.example#svc',
              },
            ],
          },
        },
      },
    })
  }, 60_000)
  afterAll(async () => {
    await pds?.close()
    await dns?.close()
  })

  const clientFor = (scope: string) =>
    new RawClient(pds.ctx.config.publicUrl, {
      clientId: `http://localhost?${new URLSearchParams({ redirect_uri: REDIRECT, scope })}`,
      redirectUri: REDIRECT,
    })

  it('shows the set on the consent page and grants exactly its namespace', async () => {
    const scope = `atproto include:${SET}?aud=did:web:api.example.com%23calendar`
    const app = clientFor(scope)
    const pushed = await app.par({ scope })
    expect(pushed.status).toBe(201)
    const browser = new FormBrowser(pds.ctx.config.publicUrl)
    const requestUri = pushed.body.request_uri as string
    const page = await browser.get(
      `/oauth/authorize?${new URLSearchParams({ client_id: app.opts.clientId, request_uri: requestUri })}`,
    )
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] as string
    const consent = await browser.post('/oauth/authorize/sign-in', {
      request_uri: requestUri,
      csrf,
      identifier: alice.handle,
      password: alice.password,
    })
    expect(consent.text).toContain('Use the permission set Calendar events')
    expect(consent.text).toContain('records of type com.example.calendar.event')
    expect(consent.text).not.toContain('app.bsky.feed.post')
    const done = await browser.post('/oauth/authorize/consent', { request_uri: requestUri, csrf, decision: 'allow' })
    const code = new URL(done.headers.get('location') as string).searchParams.get('code') as string

    // the PKCE verifier of this request is not known here: authorize again through the helper
    expect(code).toMatch(/^cod-/)
    const { code: code2, verifier } = await app.authorize(alice, { scope })
    const tokens = await app.exchange(code2, verifier)
    expect(tokens.body.scope).toBe(scope)
    const event = { $type: 'com.example.calendar.event', name: 'standup' }
    const allowed = await app.xrpc(tokens.body.access_token as string, 'com.atproto.repo.createRecord', {
      method: 'POST',
      body: { repo: alice.did, collection: 'com.example.calendar.event', record: event },
    })
    expect(allowed.status).toBe(200)
    const refused = await app.xrpc(tokens.body.access_token as string, 'com.atproto.repo.createRecord', {
      method: 'POST',
      body: {
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: 'x', createdAt: new Date().toISOString() },
      },
    })
    expect(refused.status).toBe(403)
  })

  it('refuses a permission set that is not published', async () => {
    const scope = 'atproto include:org.nowhere.thing.auth'
    const res = await clientFor(scope).par({ scope })
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_scope')
    expect(res.body.error_description).toContain('No Lexicon is published for org.nowhere.thing.auth')
  })
})
