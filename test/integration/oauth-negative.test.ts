import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueEmailToken } from '#src/account/email-tokens.js'
import { DpopNonces } from '#src/auth/oauth/dpop.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { dpopProof, FormBrowser, newKey, pkce, RawClient, signJws } from '../helpers/oauth-raw.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const REDIRECT = 'http://127.0.0.1:9/callback'
const loopbackId = (scope = 'atproto transition:generic') =>
  `http://localhost?${new URLSearchParams({ redirect_uri: REDIRECT, scope })}`

/** Serves client metadata documents (and records nothing else) on 127.0.0.1. */
async function startMetadataHost() {
  const docs = new Map<string, unknown>()
  const server = http.createServer((req, res) => {
    const doc = docs.get(req.url ?? '')
    if (doc === undefined) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    serve(path: string, doc: (clientId: string) => unknown) {
      const clientId = origin + path
      docs.set(path, doc(clientId))
      return clientId
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe.each(dialects())('OAuth negative paths (%s)', (dialect) => {
  let pds: TestServer
  let base: string
  let alice: TestAccount
  let host: Awaited<ReturnType<typeof startMetadataHost>>
  let startedAt: number

  beforeAll(async () => {
    startedAt = Date.now()
    pds = await startTestServer({ dialect })
    base = pds.ctx.config.publicUrl
    alice = await signUp(pds)
    host = await startMetadataHost()
  }, 60_000)
  afterAll(async () => {
    await host?.close()
    await pds?.close()
  })

  const signedIn = async (scope?: string) => {
    const app = new RawClient(base, { clientId: loopbackId(scope), redirectUri: REDIRECT })
    const { code, verifier } = await app.authorize(alice, scope ? { scope } : {})
    const tokens = await app.exchange(code, verifier)
    expect(tokens.status).toBe(200)
    return { app, tokens: tokens.body as { access_token: string; refresh_token: string; scope: string; sub: string } }
  }

  it('answers every token request with scope and sub, and a DPoP token type', async () => {
    const { tokens } = await signedIn()
    expect(tokens).toMatchObject({ token_type: 'DPoP', scope: 'atproto', sub: alice.did })
    expect((tokens as unknown as { expires_in: number }).expires_in).toBeLessThanOrEqual(1800)
  })

  it('refuses a wrong PKCE verifier', async () => {
    const app = new RawClient(base, { clientId: loopbackId(), redirectUri: REDIRECT })
    const { code } = await app.authorize(alice)
    const res = await app.exchange(code, 'x'.repeat(43))
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'invalid_grant', error_description: 'PKCE code_verifier does not match' })
  })

  it('refuses a reused code and revokes the session it started', async () => {
    const app = new RawClient(base, { clientId: loopbackId(), redirectUri: REDIRECT })
    const { code, verifier } = await app.authorize(alice)
    const first = await app.exchange(code, verifier)
    expect(first.status).toBe(200)
    const token = first.body.access_token as string
    expect((await app.xrpc(token, 'com.atproto.server.getSession')).status).toBe(200)
    const second = await app.exchange(code, verifier)
    expect(second.body).toMatchObject({ error: 'invalid_grant' })
    expect(String(second.body.error_description)).toContain('revoked')
    const after = await app.xrpc(token, 'com.atproto.server.getSession')
    expect(after.status).toBe(401)
    expect(after.headers.get('www-authenticate')).toContain('error="invalid_token"')
  })

  it('refuses a replayed DPoP proof', async () => {
    const { app, tokens } = await signedIn()
    const once = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')
    expect(once.status).toBe(200)
    const replay = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { proof: once.proof })
    expect(replay.status).toBe(401)
    expect(replay.body.message).toBe('DPoP proof was already used')
  })

  it('refuses, on SQLite, a proof signed before the server started (its claim may be lost)', async () => {
    const { app, tokens } = await signedIn()
    const iat = Math.floor(startedAt / 1000) - 2
    const res = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { claims: { iat } })
    // @NOTE PostgreSQL keeps every claim durably, so a proof from before the start is as good as any
    if (dialect === 'sqlite') {
      expect(res.status).toBe(401)
      expect(res.body.message).toBe('DPoP proof predates the server start: sign a new one')
    } else {
      expect(res.status).toBe(200)
    }
    const fresh = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')
    expect(fresh.status).toBe(200)
  })

  it('refuses a proof for another URL or method', async () => {
    const { app, tokens } = await signedIn()
    const htu = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', {
      claims: { htu: `${base}/xrpc/com.atproto.server.describeServer` },
    })
    expect(htu.status).toBe(401)
    expect(htu.body.message).toBe('DPoP htu does not match the request URL')
    const htm = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { claims: { htm: 'POST' } })
    expect(htm.status).toBe(401)
    expect(htm.body.message).toBe('DPoP htm does not match the request method')
    // the proof names our public URL, not the address the request reached us on
    const other = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', {
      claims: { htu: `${pds.url}/xrpc/com.atproto.server.getSession` },
    })
    expect(other.status).toBe(401)
  })

  it('asks for a fresh nonce when the proof carries a stale one', async () => {
    const { app, tokens } = await signedIn()
    const stale = new DpopNonces(pds.ctx.secrets.jwtSecret).current(Date.now() - 20 * 60_000)
    const proof = dpopProof(app.key, {
      htm: 'GET',
      htu: `${base}/xrpc/com.atproto.server.getSession`,
      nonce: stale,
      accessToken: tokens.access_token,
    })
    const res = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { proof })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toContain('error="use_dpop_nonce"')
    expect(res.headers.get('dpop-nonce')).not.toBe(stale)
    const atToken = await app.post(
      '/oauth/token',
      { grant_type: 'refresh_token', refresh_token: tokens.refresh_token },
      () => dpopProof(app.key, { htm: 'POST', htu: `${base}/oauth/token`, nonce: stale }),
    )
    expect(atToken.status).toBe(400)
    expect(atToken.body.error).toBe('use_dpop_nonce')
  })

  it('refuses a DPoP-bound token sent as a plain Bearer token, and a proof by another key', async () => {
    const { app, tokens } = await signedIn()
    const bearer = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { scheme: 'Bearer' })
    expect(bearer.status).toBe(401)
    expect(bearer.body.message).toContain('DPoP-bound')
    const thief = newKey()
    const proof = dpopProof(thief, {
      htm: 'GET',
      htu: `${base}/xrpc/com.atproto.server.getSession`,
      nonce: app.nonce,
      accessToken: tokens.access_token,
    })
    const stolen = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession', { proof })
    expect(stolen.status).toBe(401)
    const none = await fetch(`${base}/xrpc/com.atproto.server.getSession`, {
      headers: { authorization: `DPoP ${tokens.access_token}` },
    })
    expect(none.status).toBe(401)
  })

  it('revokes the whole family when a rotated refresh token comes back', async () => {
    const { app, tokens } = await signedIn()
    const rotated = await app.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
    expect(rotated.status).toBe(200)
    expect(rotated.body).toMatchObject({ scope: tokens.scope, sub: alice.did })
    const reused = await app.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
    expect(reused.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Refresh token was already used; the session is revoked',
    })
    const successor = await app.post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: rotated.body.refresh_token as string,
    })
    expect(successor.body.error).toBe('invalid_grant')
    expect((await app.xrpc(rotated.body.access_token as string, 'com.atproto.server.getSession')).status).toBe(401)
  })

  it('refuses a refresh with another DPoP key', async () => {
    const { app, tokens } = await signedIn()
    app.key = newKey()
    const res = await app.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token })
    expect(res.body).toMatchObject({
      error: 'invalid_grant',
      error_description: 'The refresh token is bound to another DPoP key',
    })
  })

  it('refuses client metadata whose redirect URIs point at another site', async () => {
    const clientId = host.serve('/liar.json', (id) => ({
      client_id: id,
      client_name: 'Liar',
      redirect_uris: ['https://attacker.example/callback'],
      scope: 'atproto',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      dpop_bound_access_tokens: true,
      token_endpoint_auth_method: 'none',
    }))
    const app = new RawClient(base, { clientId, redirectUri: 'https://attacker.example/callback' })
    const res = await app.par()
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_client_metadata')
    expect(res.body.error_description).toContain('is not on the client')
  })

  it('refuses a PAR whose redirect_uri is not in the metadata', async () => {
    const app = new RawClient(base, { clientId: loopbackId(), redirectUri: 'http://127.0.0.1:9/elsewhere' })
    const res = await app.par()
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: 'invalid_request' })
    expect(res.body.error_description).toContain('is not registered')
    const undeclared = await new RawClient(base, { clientId: loopbackId('atproto'), redirectUri: REDIRECT }).par({
      scope: 'atproto transition:generic',
    })
    expect(undeclared.body.error).toBe('invalid_scope')
  })

  it('answers 403 naming the missing scope for calls beyond the grant', async () => {
    const { app, tokens } = await signedIn('atproto')
    expect((await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')).status).toBe(200)
    const write = await app.xrpc(tokens.access_token, 'com.atproto.repo.createRecord', {
      method: 'POST',
      body: {
        repo: alice.did,
        collection: 'app.bsky.feed.post',
        record: { $type: 'app.bsky.feed.post', text: 'no', createdAt: new Date().toISOString() },
      },
    })
    expect(write.status).toBe(403)
    expect(write.body.message).toBe('Missing required scope "repo:app.bsky.feed.post?action=create"')
    const session = await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')
    expect(session.body.email).toBeUndefined()
  })

  it('lets granular scopes through only for what they name', async () => {
    const scope = 'atproto repo:app.bsky.feed.like?action=create transition:email'
    const { app, tokens } = await signedIn(scope)
    const record = {
      $type: 'app.bsky.feed.like',
      subject: {
        uri: `at://${alice.did}/app.bsky.feed.post/3kabc`,
        cid: 'bafyreig5oynzyay5v2n4xhnmoecntz4znv5d7scvporuv6s2w733xehfsa',
      },
      createdAt: new Date().toISOString(),
    }
    const liked = await app.xrpc(tokens.access_token, 'com.atproto.repo.createRecord', {
      method: 'POST',
      body: { repo: alice.did, collection: 'app.bsky.feed.like', record },
    })
    expect(liked.status).toBe(200)
    const rkey = String(liked.body.uri).split('/').pop() as string
    const del = await app.xrpc(tokens.access_token, 'com.atproto.repo.deleteRecord', {
      method: 'POST',
      body: { repo: alice.did, collection: 'app.bsky.feed.like', rkey },
    })
    expect(del.status).toBe(403)
    expect(del.body.message).toBe('Missing required scope "repo:app.bsky.feed.like?action=delete"')
    expect((await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')).body.email).toBe(alice.email)
  })

  it('lists and revokes granted apps through the /account API, for password sessions only', async () => {
    const { app, tokens } = await signedIn('atproto')
    const jwt = alice.agent.session?.accessJwt as string
    const list = await fetch(`${base}/account/api/apps`, { headers: { authorization: `Bearer ${jwt}` } })
    expect(list.status).toBe(200)
    const { apps } = (await list.json()) as { apps: { clientId: string; sessions: number }[] }
    expect(apps.find((a) => a.clientId === app.opts.clientId)?.sessions).toBeGreaterThan(0)
    const byApp = await fetch(`${base}/account/api/apps`, { headers: { authorization: `DPoP ${tokens.access_token}` } })
    expect(byApp.status).toBe(403)
    const revoke = await fetch(`${base}/account/api/apps/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
      body: JSON.stringify({ clientId: app.opts.clientId }),
    })
    expect(revoke.status).toBe(200)
    expect((await app.xrpc(tokens.access_token, 'com.atproto.server.getSession')).status).toBe(401)
  })

  it('answers prompt=none without a page: login_required for a new browser, a code for a remembered one', async () => {
    const app = new RawClient(base, { clientId: loopbackId(), redirectUri: REDIRECT })
    const browser = new FormBrowser(base)
    const open = async (extra: Record<string, string>) => {
      const { verifier, challenge } = pkce()
      const pushed = await app.par(extra, challenge)
      const requestUri = pushed.body.request_uri as string
      const page = await browser.get(
        `/oauth/authorize?${new URLSearchParams({ client_id: app.opts.clientId, request_uri: requestUri })}`,
      )
      return { page, requestUri, verifier }
    }
    const silent = await open({ prompt: 'none' })
    expect(silent.page.status).toBe(303)
    expect(new URL(silent.page.headers.get('location') as string).searchParams.get('error')).toBe('login_required')
    const first = await open({})
    const csrf = /name="csrf" value="([^"]+)"/.exec(first.page.text)?.[1] as string
    const signedIn = await browser.post('/oauth/authorize/sign-in', {
      request_uri: first.requestUri,
      csrf,
      identifier: alice.handle,
      password: alice.password,
    })
    const approved =
      signedIn.status === 303
        ? signedIn
        : await browser.post('/oauth/authorize/consent', { request_uri: first.requestUri, csrf, decision: 'allow' })
    const code = new URL(approved.headers.get('location') as string).searchParams.get('code') as string
    expect((await app.exchange(code, first.verifier)).status).toBe(200)
    const again = await open({ prompt: 'none' })
    expect(again.page.status).toBe(303)
    expect(new URL(again.page.headers.get('location') as string).searchParams.get('code')).toMatch(/^cod-/)
  })

  it("removes the account's OAuth sessions, grants and browsers when the account is deleted", async () => {
    const carol = await signUp(pds)
    const app = new RawClient(base, { clientId: loopbackId(), redirectUri: REDIRECT })
    const { code, verifier } = await app.authorize(carol)
    const tokens = await app.exchange(code, verifier)
    const refreshed = await app.post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token as string,
    })
    expect(refreshed.status).toBe(200)
    const families = (
      await pds.ctx.db.selectFrom('oauthToken').select('id').where('did', '=', carol.did).execute()
    ).map((r) => r.id)
    expect(families).toHaveLength(1)
    const token = await issueEmailToken(pds.ctx.db, carol.did, 'delete_account')
    await new AtpAgent({ service: pds.url }).com.atproto.server.deleteAccount({
      did: carol.did,
      password: carol.password,
      token,
    })
    const db = pds.ctx.db
    expect(await db.selectFrom('oauthToken').select('id').where('did', '=', carol.did).execute()).toEqual([])
    expect(await db.selectFrom('oauthGrant').select('did').where('did', '=', carol.did).execute()).toEqual([])
    expect(await db.selectFrom('oauthDeviceAccount').select('did').where('did', '=', carol.did).execute()).toEqual([])
    expect(
      await db.selectFrom('oauthUsedRefresh').select('tokenId').where('tokenId', 'in', families).execute(),
    ).toEqual([])
    expect((await app.xrpc(refreshed.body.access_token as string, 'com.atproto.server.getSession')).status).toBe(401)
  })

  it('authenticates a confidential client with private_key_jwt and binds its session to that key', async () => {
    const key = newKey('k1')
    const clientId = host.serve('/confidential.json', (id) => ({
      client_id: id,
      client_name: 'Confidential app',
      redirect_uris: [`${host.origin}/callback`],
      scope: 'atproto transition:generic',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      dpop_bound_access_tokens: true,
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'ES256',
      jwks: { keys: [{ ...key.jwk }] },
    }))
    let signer = key
    const assertion = () => ({
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: signJws(
        signer,
        { kid: signer.jwk.kid },
        {
          iss: clientId,
          sub: clientId,
          aud: base,
          jti: crypto.randomUUID(),
          iat: Math.floor(Date.now() / 1000),
          exp: Math.floor(Date.now() / 1000) + 60,
        },
      ),
    })
    const app = new RawClient(base, { clientId, redirectUri: `${host.origin}/callback`, assertion })
    const { code, verifier } = await app.authorize(alice)
    const tokens = await app.exchange(code, verifier)
    expect(tokens.status).toBe(200)
    const publicOnly = new RawClient(base, { clientId, redirectUri: `${host.origin}/callback` })
    publicOnly.key = app.key
    const unauthenticated = await publicOnly.post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token as string,
    })
    expect(unauthenticated.status).toBe(401)
    expect(unauthenticated.body.error).toBe('invalid_client')
    signer = newKey('k1')
    const forged = await app.post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token as string,
    })
    expect(forged.body.error).toBe('invalid_client')
    signer = key
    const refreshed = await app.post('/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token as string,
    })
    expect(refreshed.status).toBe(200)
  })
})

describe.each(dialects())('OAuth outside development mode (%s)', (dialect) => {
  let pds: TestServer
  beforeAll(async () => {
    pds = await startTestServer({ dialect, config: { devMode: false } })
  }, 60_000)
  afterAll(async () => {
    await pds?.close()
  })

  it.each([
    ['a private address by name', 'https://localhost/oauth-client-metadata.json'],
    ['a loopback IP literal', 'https://127.0.0.1/oauth-client-metadata.json'],
    ['a private IP literal', 'https://10.0.0.1/oauth-client-metadata.json'],
  ])('refuses a client_id URL pointing at %s', async (_, clientId) => {
    const app = new RawClient(pds.ctx.config.publicUrl, { clientId, redirectUri: 'https://localhost/cb' })
    const res = await app.par()
    expect(res.status).toBe(400)
    expect(res.body.error).toBe('invalid_client')
    expect(res.body.error_description).toContain('unavailable')
  })

  it('refuses an http client_id URL', async () => {
    const app = new RawClient(pds.ctx.config.publicUrl, {
      clientId: 'http://app.example/client.json',
      redirectUri: 'https://app.example/cb',
    })
    expect((await app.par()).body).toMatchObject({
      error: 'invalid_client',
      error_description: 'client_id must be an https URL',
    })
  })
})
