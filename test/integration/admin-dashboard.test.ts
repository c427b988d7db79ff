import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AtpAgent } from '@atproto/api'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/admin-dashboard/', import.meta.url))

describe.each(dialects())('the web admin dashboard in a real browser (%s)', (dialect) => {
  let pds: TestServer
  let browser: Browser
  let page: Page
  let alice: TestAccount
  let rkey: string
  let shot = 0

  async function screenshot(name: string) {
    shot++
    await page.screenshot({
      path: path.join(ARTIFACTS, `${dialect}-${String(shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    })
  }

  const readPost = () =>
    new AtpAgent({ service: pds.url }).com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey,
    })

  beforeAll(async () => {
    await fs.mkdir(ARTIFACTS, { recursive: true })
    pds = await startTestServer({ dialect })
    alice = await signUp(pds, { handle: `dash${dialect.slice(0, 2)}.test` })
    await signUp(pds)
    const post = await alice.agent.post({ text: 'visible until taken down', createdAt: new Date().toISOString() })
    rkey = post.uri.split('/').pop() as string
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    })
    page = await (await browser.newContext({ viewport: { width: 1200, height: 800 } })).newPage()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await pds?.close()
  })

  it('signs in with the admin password only', async () => {
    await page.goto(`${pds.url}/admin`)
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.fill('input[name=password]', 'not-the-password')
    await page.click('button[type=submit]')
    await expect(page.locator('.error').textContent()).resolves.toBe('Wrong password.')
    await screenshot('login-refused')
    await page.fill('input[name=password]', pds.ctx.secrets.adminPassword)
    await page.click('button[type=submit]')
    expect(new URL(page.url()).pathname).toBe('/admin/accounts')
    await screenshot('accounts')
    const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'pds_admin_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin' })
    // @NOTE the test server runs in development mode over http, so the cookie is not Secure here
    expect(cookie?.secure).toBe(false)
    expect((cookie?.expires ?? 0) - Date.now() / 1000).toBeLessThanOrEqual(30 * 60 + 5)
  })

  it('finds an account, takes it down, sees it hidden from getRecord, and untakes it', async () => {
    expect((await readPost()).data.uri).toContain(rkey)
    await page.fill('input[name=q]', alice.handle.slice(0, 6))
    await page.click('form[role=search] button')
    const rows = page.locator('tbody tr')
    expect(await rows.count()).toBe(1)
    await screenshot('search')
    await page.click(`a:has-text("${alice.handle}")`)
    expect(await page.locator('h1').textContent()).toBe(alice.handle)
    await screenshot('account')

    await page.fill('input[name=ref]', 'case-42')
    await page.click('button:has-text("Take down")')
    expect(await page.locator('.notice').textContent()).toBe('The account was taken down.')
    expect(await page.locator('dd.status-takendown').textContent()).toBe('takendown')
    await screenshot('taken-down')
    expect(await xrpcError(readPost())).toMatchObject({ status: 400, error: 'RepoTakendown' })

    await page.click('button:has-text("Reverse takedown")')
    expect(await page.locator('.notice').textContent()).toBe('The takedown was reversed.')
    expect((await readPost()).data.value).toMatchObject({ text: 'visible until taken down' })
    const audit = await page.locator('table').last().textContent()
    expect(audit).toContain('account.takedown')
    expect(audit).toContain('account.reverseTakedown')
    await screenshot('restored')
  })

  it('resets a password, updates a handle, and says deletion is not available yet', async () => {
    await page.click('button:has-text("Reset password")')
    const password = (await page.locator('#new-password').textContent()) as string
    await screenshot('password-reset')
    await new AtpAgent({ service: pds.url }).login({ identifier: alice.handle, password })
    await page.goBack()
    await page.reload()
    const handle = `renamed${dialect.slice(0, 2)}.test`
    await page.fill('input[name=handle]', handle)
    await page.click('button:has-text("Update handle")')
    expect(await page.locator('h1').textContent()).toBe(handle)
    await page.click('button:has-text("Delete account")')
    expect(await page.locator('.error').textContent()).toBe('Account deletion is not available on this PDS yet')
    await screenshot('delete-refused')
    expect(await pds.ctx.accounts.getAccount(alice.did)).not.toBeNull()
  })

  it('creates and disables invite codes, and shows the audit log and the server status', async () => {
    await page.click('a:has-text("Invite codes")')
    await page.fill('input[name=count]', '2')
    await page.click('button:has-text("Create")')
    expect(await page.locator('.notice').textContent()).toBe('Invite codes created.')
    expect(await page.locator('tbody tr').count()).toBe(2)
    await page.locator('tbody tr').first().locator('button:has-text("Disable")').click()
    expect(await page.locator('tbody tr').first().locator('td').nth(2).textContent()).toBe('disabled')
    await screenshot('invites')

    await page.click('a:has-text("Audit log")')
    const text = (await page.locator('table').textContent()) as string
    for (const action of ['invites.disable', 'invites.create', 'account.updateHandle', 'account.updatePassword']) {
      expect(text).toContain(action)
    }
    expect(text).toContain('web')
    expect(text).not.toContain(pds.ctx.secrets.adminPassword)
    await screenshot('audit')

    await page.click('a:has-text("Server status")')
    expect(await page.locator('dl').textContent()).toContain(`${await pds.ctx.sequencer.lastSeq()}`)
    await screenshot('status')
  })

  it('refuses a POST without the CSRF token, from another origin, or without a session', async () => {
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pds_admin_session')
    const headers = {
      cookie: `pds_admin_session=${cookie?.value}`,
      'content-type': 'application/x-www-form-urlencoded',
    }
    const url = `${pds.url}/admin/accounts/${encodeURIComponent(alice.did)}/takedown`
    const noToken = await fetch(url, { method: 'POST', headers, body: 'ref=forged', redirect: 'manual' })
    expect(noToken.status).toBe(403)
    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value')
    const crossOrigin = await fetch(url, {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.example' },
      body: `_csrf=${csrf}&ref=forged`,
      redirect: 'manual',
    })
    expect(crossOrigin.status).toBe(403)
    const noSession = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${csrf}`,
      redirect: 'manual',
    })
    expect(noSession.status).toBe(401)
    expect((await pds.ctx.accounts.getAccount(alice.did))?.takedownRef).toBeNull()
    // with the token it would have worked: the refusals above were the CSRF check
    const withToken = await fetch(url, { method: 'POST', headers, body: `_csrf=${csrf}&ref=real`, redirect: 'manual' })
    expect(withToken.status).toBe(303)
    expect((await pds.ctx.accounts.getAccount(alice.did))?.takedownRef).toBe('real')

    await page.click('button:has-text("Sign out")')
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    const after = await fetch(url, { method: 'POST', headers, body: `_csrf=${csrf}`, redirect: 'manual' })
    expect(after.status).toBe(401)
  })
})

describe.each(dialects())('the dashboard outside development mode (%s)', (dialect) => {
  let pds: TestServer
  beforeAll(async () => {
    pds = await startTestServer({ dialect, config: { devMode: false } })
  })
  afterAll(() => pds?.close())

  it('marks its session cookie Secure, HttpOnly and SameSite=Strict', async () => {
    const form = await fetch(`${pds.url}/admin/login`)
    const loginCookie = (form.headers.get('set-cookie') ?? '').split(';')[0] as string
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] as string
    const res = await fetch(`${pds.url}/admin/login`, {
      method: 'POST',
      headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, password: pds.ctx.secrets.adminPassword }),
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(
      /^pds_admin_session=[\w-]{43}; Path=\/admin; HttpOnly; SameSite=Strict; Max-Age=1800; Secure$/,
    )
    // a sign-in without the form's token is refused
    const forged = await fetch(`${pds.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password: pds.ctx.secrets.adminPassword }),
      redirect: 'manual',
    })
    expect(forged.status).toBe(403)
    expect(forged.headers.get('set-cookie') ?? '').not.toMatch(/pds_admin_session=[\w-]+/)
  })
})
