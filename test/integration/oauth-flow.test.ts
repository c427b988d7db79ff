import { Agent } from '@atproto/api'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { launchBrowser, screenshot } from '../helpers/browser.js'
import { dialects } from '../helpers/db.js'
import { type CallbackServer, officialClient, startCallbackServer } from '../helpers/oauth.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const SCOPE = 'atproto transition:generic'

describe.each(dialects())('OAuth with the official client and a real browser (%s)', (dialect) => {
  let pds: TestServer
  let browser: Browser
  let app: CallbackServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    browser = await launchBrowser()
    app = await startCallbackServer()
    alice = await signUp(pds)
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await pds?.close()
  })

  it('signs in through PAR, the pages, the code exchange, DPoP-bound calls, refresh and revocation', async () => {
    const { client, sessions } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const authorizeUrl = await client.authorize(alice.handle, { scope: SCOPE })
    expect(authorizeUrl.pathname).toBe('/oauth/authorize')
    expect(authorizeUrl.searchParams.get('request_uri')).toMatch(/^urn:ietf:params:oauth:request_uri:/)

    const page = await browser.newPage({ locale: 'en-US' })
    page.setDefaultTimeout(10_000)
    await page.goto(authorizeUrl.href)
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    await screenshot(page, `oauth/${dialect}-1-sign-in`)
    await page.getByLabel('Handle or email address').fill(alice.handle)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong handle, email address or password')
    await screenshot(page, `oauth/${dialect}-2-sign-in-failed`)
    await page.getByLabel('Password').fill(alice.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
    const consent = await page.textContent('main')
    expect(consent).toContain(`@${alice.handle}`)
    expect(consent).toContain('development app running on your own computer')
    expect(consent).toContain('Create, change and delete anything in your repository')
    await screenshot(page, `oauth/${dialect}-3-consent`)

    const callback = app.next()
    await page.getByRole('button', { name: 'Allow' }).click()
    const params = await callback
    expect(params.get('code')).toMatch(/^cod-/)
    expect(params.get('iss')).toBe(pds.ctx.config.publicUrl)
    await page.close()

    const { session } = await client.callback(params)
    expect(session.did).toBe(alice.did)
    const info = await session.getTokenInfo(false)
    expect(info.scope).toBe(SCOPE)
    expect(info.expiresAt && info.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000)

    const agent = new Agent(session)
    const created = await agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'signed in with OAuth', createdAt: new Date().toISOString() },
    })
    const rkey = created.data.uri.split('/').pop() as string
    const read = await agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey })
    expect(read.data.value).toMatchObject({ text: 'signed in with OAuth' })

    const before = (await sessions.get(alice.did))?.tokenSet.refresh_token
    const refreshed = await session.getTokenInfo(true)
    expect(refreshed.sub).toBe(alice.did)
    expect((await sessions.get(alice.did))?.tokenSet.refresh_token).not.toBe(before)
    const again = await agent.com.atproto.repo.getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey })
    expect(again.data.uri).toBe(created.data.uri)

    // @NOTE keep the client's copy, so the revoked tokens can be presented again after sign-out
    const saved = structuredClone(await sessions.get(alice.did))
    await session.signOut()
    expect(await pds.ctx.db.selectFrom('oauthToken').select('id').where('did', '=', alice.did).execute()).toEqual([])
    if (saved) await sessions.set(alice.did, saved)
    const revoked = await client.restore(alice.did, false)
    await expect(new Agent(revoked).com.atproto.server.getSession()).rejects.toThrow()
    const raw = await fetch(`${pds.url}/xrpc/com.atproto.server.getSession`, {
      headers: { authorization: `DPoP ${saved?.tokenSet.access_token}` },
    })
    expect(raw.status).toBe(401)
  }, 60_000)

  it('offers the accounts signed in on this browser, in the browser language', async () => {
    const bob = await signUp(pds)
    const { client } = officialClient({
      pdsUrl: pds.url,
      plcUrl: pds.plcUrl,
      redirectUri: app.redirectUri,
      scope: SCOPE,
    })
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    await page.goto((await client.authorize(bob.handle, { scope: SCOPE })).href)
    await page.getByLabel('Pseudo ou adresse e-mail').fill(bob.handle)
    await page.getByLabel('Mot de passe').fill(bob.password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.getByRole('heading', { name: 'Autoriser l’accès ?' }).waitFor()
    await screenshot(page, `oauth/${dialect}-4-consent-fr`)
    const first = app.next()
    await page.getByRole('button', { name: 'Autoriser' }).click()
    await client.callback(await first)

    // the same browser comes back: it may continue as alice, and the grant is remembered
    await page.goto((await client.authorize(bob.handle, { scope: SCOPE })).href)
    await screenshot(page, `oauth/${dialect}-5-chooser-fr`)
    const second = app.next()
    await page.getByRole('button', { name: `Continuer en tant que @${bob.handle}` }).click()
    const { session } = await client.callback(await second)
    expect(session.did).toBe(bob.did)
    await context.close()
  }, 60_000)
})
