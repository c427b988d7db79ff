import { Agent } from '@atproto/api'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { launchBrowser, screenshot } from '../helpers/browser.js'
import { dialects } from '../helpers/db.js'
import { type CallbackServer, officialClient, startCallbackServer } from '../helpers/oauth.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const SCOPE = 'atproto transition:generic'

describe.each(dialects())('OAuth sign-in with the email second factor, in a real browser (%s)', (dialect) => {
  let smtp: TestSmtp
  let pds: TestServer
  let browser: Browser
  let app: CallbackServer
  let carol: TestAccount

  beforeAll(async () => {
    smtp = await startTestSmtp()
    pds = await startTestServer({
      dialect,
      config: { emailSmtpUrl: smtp.url, emailFromAddress: 'noreply@pds.test' },
      mail: { pollIntervalMs: 100, retryBaseMs: 150 },
    })
    browser = await launchBrowser()
    app = await startCallbackServer()
    carol = await signUp(pds)
    // confirm the address, then turn the factor on (which needs a mailed code too)
    const server = carol.agent.com.atproto.server
    await server.requestEmailConfirmation()
    await server.confirmEmail({ email: carol.email, token: codeIn(await smtp.nextMail(carol.email)) })
    await server.requestEmailUpdate()
    const token = codeIn(await smtp.nextMail(carol.email))
    await server.updateEmail({ email: carol.email, token, emailAuthFactor: true })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await pds?.close()
    await smtp?.close()
  })

  const client = () =>
    officialClient({ pdsUrl: pds.url, plcUrl: pds.plcUrl, redirectUri: app.redirectUri, scope: SCOPE }).client

  /** The accounts signed in on this browser (its device cookie). */
  async function signedInHere(context: BrowserContext): Promise<string[]> {
    const device = (await context.cookies()).find((c) => c.name === 'pds-device')?.value
    expect(device).toBeDefined()
    return pds.ctx.oauth.devices.accounts(device as string)
  }

  /** Opens the app's authorize URL and gives the password: the code page must follow. */
  async function passwordStep(page: Page, url: URL, labels: { identifier: string; password: string; submit: string }) {
    await page.goto(url.href)
    await page.getByLabel(labels.identifier).fill(carol.handle)
    await page.getByLabel(labels.password).fill(carol.password)
    await page.getByRole('button', { name: labels.submit }).click()
  }

  it('asks for the mailed code after the password, refuses a wrong one, then signs in', async () => {
    const oauth = client()
    const page = await browser.newPage({ locale: 'en-US' })
    page.setDefaultTimeout(10_000)
    await passwordStep(page, await oauth.authorize(carol.handle, { scope: SCOPE }), {
      identifier: 'Handle or email address',
      password: 'Password',
      submit: 'Sign in',
    })
    await page.getByRole('heading', { name: 'Check your email' }).waitFor()
    const mail = await smtp.nextMail(carol.email)
    expect(mail.subject).toBe('Your sign-in code for localhost')
    const code = codeIn(mail)
    // @NOTE the pending sign-in is on the server: the form carries no password, and the device is not signed in yet
    expect(await page.locator('input[type=password]').count()).toBe(0)
    expect(
      await page.locator('form input[type=hidden]').evaluateAll((els) => els.map((e) => e.getAttribute('name'))),
    ).toEqual(['request_uri', 'csrf'])
    expect(await signedInHere(page.context())).toEqual([])
    await screenshot(page, `oauth/${dialect}-6-sign-in-code`)

    await page.getByLabel('Sign-in code').fill('AAAAA-BBBBB')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This code is wrong or was already used')
    await page.getByRole('heading', { name: 'Check your email' }).waitFor()
    await screenshot(page, `oauth/${dialect}-7-sign-in-code-wrong`)

    // a wrong code does not use up the right one; case and spaces do not matter
    await page.getByLabel('Sign-in code').fill(` ${code.toLowerCase()} `)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
    expect(await page.textContent('main')).toContain(`@${carol.handle}`)
    const callback = app.next()
    await page.getByRole('button', { name: 'Allow' }).click()
    const { session } = await oauth.callback(await callback)
    expect(session.did).toBe(carol.did)
    expect((await session.getTokenInfo(false)).scope).toBe(SCOPE)
    const { data } = await new Agent(session).com.atproto.server.getSession()
    expect(data.did).toBe(carol.did)
    await page.close()
  }, 60_000)

  it('takes each code once (in French here)', async () => {
    const oauth = client()
    const context = await browser.newContext({ locale: 'fr-FR' })
    const labels = { identifier: 'Pseudo ou adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' }

    const first = await context.newPage()
    first.setDefaultTimeout(10_000)
    await passwordStep(first, await oauth.authorize(carol.handle, { scope: SCOPE }), labels)
    await first.getByRole('heading', { name: 'Consultez vos e-mails' }).waitFor()
    const used = codeIn(await smtp.nextMail(carol.email))
    await first.getByLabel('Code de connexion').fill(used)
    // @NOTE carol granted this app already: the right code goes straight back to the app
    const back = app.next()
    await first.getByRole('button', { name: 'Continuer' }).click()
    expect((await oauth.callback(await back)).session.did).toBe(carol.did)
    await first.close()

    // a new request in a new browser: the used code is refused, the new one is taken
    await context.close()
    const other = await browser.newContext({ locale: 'fr-FR' })
    const page = await other.newPage()
    page.setDefaultTimeout(10_000)
    await passwordStep(page, await oauth.authorize(carol.handle, { scope: SCOPE }), labels)
    await page.getByRole('heading', { name: 'Consultez vos e-mails' }).waitFor()
    const fresh = codeIn(await smtp.nextMail(carol.email))
    expect(fresh).not.toBe(used)
    await page.getByLabel('Code de connexion').fill(used)
    await page.getByRole('button', { name: 'Continuer' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Ce code est incorrect ou a déjà été utilisé',
    )
    await screenshot(page, `oauth/${dialect}-8-sign-in-code-used-fr`)
    await page.getByLabel('Code de connexion').fill(fresh)
    const callback = app.next()
    await page.getByRole('button', { name: 'Continuer' }).click()
    const { session } = await oauth.callback(await callback)
    expect(session.did).toBe(carol.did)
    await other.close()
  }, 60_000)

  it('does not let a code page post from another browser, nor without the password step', async () => {
    const oauth = client()
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    const url = await oauth.authorize(carol.handle, { scope: SCOPE })
    await page.goto(url.href)
    const requestUri = url.searchParams.get('request_uri') as string
    const csrfOf = (p: Page) => p.locator('input[name=csrf]').first().inputValue()
    // the code step straight away, with this browser's own cookie and CSRF token: nobody gave a password
    const early = await context.request.post(`${url.origin}/oauth/authorize/sign-in-code`, {
      form: { request_uri: requestUri, csrf: await csrfOf(page), code: 'AAAAA-BBBBB' },
    })
    expect(early.status()).toBe(400)
    expect(await early.text()).toContain('Wrong handle, email address or password')
    await passwordStep(page, url, { identifier: 'Handle or email address', password: 'Password', submit: 'Sign in' })
    await page.getByRole('heading', { name: 'Check your email' }).waitFor()
    const mailed = codeIn(await smtp.nextMail(carol.email))

    // another browser with its own cookie and token cannot finish this request, even with the code
    const stranger = await browser.newContext({ locale: 'en-US' })
    const strangerPage = await stranger.newPage()
    await strangerPage.goto(`${url.origin}/account`)
    const stolen = await stranger.request.post(`${url.origin}/oauth/authorize/sign-in-code`, {
      form: { request_uri: requestUri, csrf: await csrfOf(strangerPage), code: mailed },
    })
    const result = { status: stolen.status(), text: await stolen.text() }
    expect(result.status).toBe(400)
    expect(result.text).toContain('opened in another browser')
    await stranger.close()
    // the code was not spent by the refused post: the right browser still signs in with it
    await page.getByLabel('Sign-in code').fill(mailed)
    const callback = app.next()
    await page.getByRole('button', { name: 'Continue' }).click()
    expect((await oauth.callback(await callback)).session.did).toBe(carol.did)
    await context.close()
  }, 60_000)

  it('does not take an app password, which would skip the code', async () => {
    const { data } = await carol.agent.com.atproto.server.createAppPassword({ name: 'old app' })
    const before = smtp.received.length
    const page = await browser.newPage({ locale: 'en-US' })
    page.setDefaultTimeout(10_000)
    await page.goto((await client().authorize(carol.handle, { scope: SCOPE })).href)
    await page.getByLabel('Handle or email address').fill(carol.handle)
    await page.getByLabel('Password').fill(data.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wrong handle, email address or password')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    expect(smtp.received.length).toBe(before)
    await page.close()
  }, 60_000)

  it('asks for the code on /account too, so the account chooser cannot skip it', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    await page.goto(`${pds.ctx.config.publicUrl}/account`)
    await page.getByLabel('Handle or email address').fill(carol.handle)
    await page.getByLabel('Password').fill(carol.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Check your email' }).waitFor()
    const code = codeIn(await smtp.nextMail(carol.email))
    expect(await signedInHere(context)).toEqual([])
    // until the code is given, the OAuth page of this browser offers no account to continue as
    const oauth = client()
    const other = await context.newPage()
    await other.goto((await oauth.authorize(carol.handle, { scope: SCOPE })).href)
    await other.getByRole('heading', { name: 'Sign in' }).waitFor()
    expect(await other.getByRole('button', { name: `Continue as @${carol.handle}` }).count()).toBe(0)

    await page.getByLabel('Sign-in code').fill('AAAAA-BBBBB')
    await page.getByRole('button', { name: 'Continue' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain('This code is wrong or was already used')
    await page.getByLabel('Sign-in code').fill(code)
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('heading', { name: `@${carol.handle}` }).waitFor()
    expect(await signedInHere(context)).toEqual([carol.did])
    await other.reload()
    await other.getByRole('button', { name: `Continue as @${carol.handle}` }).waitFor()
    await context.close()
  }, 60_000)
})
