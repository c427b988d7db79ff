import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTED_REPO_CACHE_MS } from '#src/account/hosted-repo-cache.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects, TEST_PG_URL } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, startTwoProcesses, type TestServer, type TwoProcesses } from '../helpers/test-server.js'

const REPO_REF = 'com.atproto.admin.defs#repoRef'

/** One createRecord into `repo` (handle or DID) with `account`'s session, as `status` or `status error`. */
async function write(pds: TestServer, account: TestAccount, repo: string): Promise<string> {
  const res = await xrpc(pds, 'com.atproto.repo.createRecord', {
    auth: `Bearer ${account.agent.session?.accessJwt}`,
    body: {
      repo,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'cached', createdAt: new Date().toISOString() },
    },
  })
  return res.status === 200 ? '200' : `${res.status} ${res.body.error}`
}

// @NOTE the writes' account lookup is cached like the reads'; every write below comes right
// after a write that filled the cache, so each change must reach the very next request
describe.each(dialects())('repo writes right after an account change (%s)', (dialect) => {
  let pds: TestServer
  let admin: string

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    admin = adminAuth(pds)
  })
  afterAll(() => pds?.close())

  it('refuses a write at once after deactivation, and accepts one at once after activation', async () => {
    const alice = await signUp(pds)
    expect(await write(pds, alice, alice.did)).toBe('200')
    await alice.agent.com.atproto.server.deactivateAccount({})
    expect(await write(pds, alice, alice.did)).toBe('401 AccountDeactivated')
    expect(await write(pds, alice, alice.handle)).toBe('401 AccountDeactivated')
    await alice.agent.com.atproto.server.activateAccount()
    expect(await write(pds, alice, alice.did)).toBe('200')
  })

  it('refuses a write at once after an admin deactivation, and after a takedown', async () => {
    const bob = await signUp(pds)
    const subject = { $type: REPO_REF, did: bob.did }
    const update = async (body: Record<string, unknown>) => {
      const res = await xrpc(pds, 'com.atproto.admin.updateSubjectStatus', { auth: admin, body: { subject, ...body } })
      expect(res.status).toBe(200)
    }
    expect(await write(pds, bob, bob.did)).toBe('200')
    await update({ deactivated: { applied: true, ref: 'case-w1' } })
    expect(await write(pds, bob, bob.did)).toBe('401 AccountDeactivated')
    await update({ deactivated: { applied: false } })
    expect(await write(pds, bob, bob.did)).toBe('200')
    await update({ takedown: { applied: true, ref: 'case-w2' } })
    expect(await write(pds, bob, bob.did)).toBe('401 AccountTakedown')
  })

  it('follows a handle change at once: the old handle no longer names the repo to write to', async () => {
    const carol = await signUp(pds)
    expect(await write(pds, carol, carol.handle)).toBe('200')
    const handle = `u${randomBytes(5).toString('hex')}.test`
    const res = await xrpc(pds, 'com.atproto.admin.updateAccountHandle', {
      auth: admin,
      body: { did: carol.did, handle },
    })
    expect(res.status).toBe(200)
    expect(await write(pds, carol, carol.handle)).toBe('400 RepoNotFound')
    expect(await write(pds, carol, handle)).toBe('200')
  })
})

// @NOTE two PDS instances with their own pools on one schema stand for two processes: B learns of
// A's change only by reading the account again, which its cache does after HOSTED_REPO_CACHE_MS
describe.skipIf(!TEST_PG_URL)('repo writes on one process after a deactivation on another (postgres)', () => {
  let plc: TestPlc
  let two: TwoProcesses
  let a: TestServer
  let b: TestServer

  beforeAll(async () => {
    plc = await startTestPlc()
    two = await startTwoProcesses(plc.url)
    a = two.a
    b = two.b
  })
  afterAll(async () => {
    await two?.close()
    await plc?.close()
  })

  it('are refused on the other process within the cache lifetime', async () => {
    const alice = await signUp(a)
    expect(await write(b, alice, alice.did)).toBe('200')
    await alice.agent.com.atproto.server.deactivateAccount({})
    const changed = Date.now()
    let seen = ''
    while (Date.now() - changed < HOSTED_REPO_CACHE_MS.postgres + 2_000) {
      seen = await write(b, alice, alice.did)
      if (seen !== '200') break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(seen).toBe('401 AccountDeactivated')
    // @NOTE bounded by the cache lifetime (plus this loop's own requests), never longer
    expect(Date.now() - changed).toBeLessThan(HOSTED_REPO_CACHE_MS.postgres + 2_000)
  })
})
