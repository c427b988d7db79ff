import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

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
