import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTED_REPO_CACHE_MS } from '#src/account/hosted-repo-cache.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects, TEST_PG_URL } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, startTwoProcesses, type TestServer, type TwoProcesses } from '../helpers/test-server.js'

const POST = 'app.bsky.feed.post'
const REPO_REF = 'com.atproto.admin.defs#repoRef'

/** getRecord, listRecords and describeRepo of `repo` (handle or DID), each as `status error`. */
async function reads(pds: TestServer, repo: string, rkey: string): Promise<string[]> {
  const calls: [string, Record<string, string>][] = [
    ['com.atproto.repo.getRecord', { repo, collection: POST, rkey }],
    ['com.atproto.repo.listRecords', { repo, collection: POST }],
    ['com.atproto.repo.describeRepo', { repo }],
  ]
  const out: string[] = []
  for (const [nsid, params] of calls) {
    const res = await xrpc(pds, nsid, { params })
    out.push(res.status === 200 ? '200' : `${res.status} ${res.body.error}`)
  }
  return out
}

const all = (want: string) => [want, want, want]

// @NOTE the account lookup of the repo reads is cached; every read below comes right after a
// read that filled the cache, so each change must reach the very next request
describe.each(dialects())('repo reads right after an account change (%s)', (dialect) => {
  let pds: TestServer
  let admin: string
  let alice: TestAccount
  let rkey: string

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    admin = adminAuth(pds)
    alice = await signUp(pds)
    const post = await alice.agent.post({ text: 'cached', createdAt: new Date().toISOString() })
    rkey = post.uri.split('/').pop() as string
  })
  afterAll(() => pds?.close())

  it('refuses a taken-down repo at once, and serves it again at once on reversal', async () => {
    expect(await reads(pds, alice.did, rkey)).toEqual(all('200'))
    expect(await reads(pds, alice.handle, rkey)).toEqual(all('200'))
    const subject = { $type: REPO_REF, did: alice.did }
    const down = await xrpc(pds, 'com.atproto.admin.updateSubjectStatus', {
      auth: admin,
      body: { subject, takedown: { applied: true, ref: 'case-1' } },
    })
    expect(down.status).toBe(200)
    expect(await reads(pds, alice.did, rkey)).toEqual(all('400 RepoTakendown'))
    expect(await reads(pds, alice.handle, rkey)).toEqual(all('400 RepoTakendown'))
    const up = await xrpc(pds, 'com.atproto.admin.updateSubjectStatus', {
      auth: admin,
      body: { subject, takedown: { applied: false } },
    })
    expect(up.status).toBe(200)
    expect(await reads(pds, alice.did, rkey)).toEqual(all('200'))
  })

  it('refuses a deactivated repo at once, and serves it again at once on activation', async () => {
    expect(await reads(pds, alice.did, rkey)).toEqual(all('200'))
    await alice.agent.com.atproto.server.deactivateAccount({})
    expect(await reads(pds, alice.did, rkey)).toEqual(all('400 RepoDeactivated'))
    await alice.agent.com.atproto.server.activateAccount()
    expect(await reads(pds, alice.did, rkey)).toEqual(all('200'))
  })

  it('follows a handle change at once: the old handle no longer names the repo', async () => {
    const before = alice.handle
    expect(await reads(pds, before, rkey)).toEqual(all('200'))
    const handle = `u${randomBytes(5).toString('hex')}.test`
    const res = await xrpc(pds, 'com.atproto.admin.updateAccountHandle', {
      auth: admin,
      body: { did: alice.did, handle },
    })
    expect(res.status).toBe(200)
    expect(await reads(pds, before, rkey)).toEqual(all('400 RepoNotFound'))
    expect(await reads(pds, handle, rkey)).toEqual(all('200'))
    const described = await xrpc(pds, 'com.atproto.repo.describeRepo', { params: { repo: alice.did } })
    expect(described.body.handle).toBe(handle)
  })

  it('forgets a deleted account at once', async () => {
    const bob = await signUp(pds)
    const post = await bob.agent.post({ text: 'soon gone', createdAt: new Date().toISOString() })
    const bobKey = post.uri.split('/').pop() as string
    expect(await reads(pds, bob.did, bobKey)).toEqual(all('200'))
    const res = await xrpc(pds, 'com.atproto.admin.deleteAccount', { auth: admin, body: { did: bob.did } })
    expect(res.status).toBe(200)
    expect(await reads(pds, bob.did, bobKey)).toEqual(all('400 RepoNotFound'))
  })
})

// @NOTE two PDS instances with their own pools on one schema stand for two processes: B learns of
// A's takedown only by reading the account again, which its cache does after HOSTED_REPO_CACHE_MS
describe.skipIf(!TEST_PG_URL)('repo reads on one process after a takedown on another (postgres)', () => {
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
    const post = await alice.agent.post({ text: 'on a', createdAt: new Date().toISOString() })
    const rkey = post.uri.split('/').pop() as string
    expect(await reads(b, alice.did, rkey)).toEqual(all('200'))
    const res = await xrpc(a, 'com.atproto.admin.updateSubjectStatus', {
      auth: adminAuth(a),
      body: { subject: { $type: REPO_REF, did: alice.did }, takedown: { applied: true, ref: 'case-2' } },
    })
    expect(res.status).toBe(200)
    const changed = Date.now()
    let seen: string[] = []
    while (Date.now() - changed < HOSTED_REPO_CACHE_MS.postgres + 2_000) {
      seen = await reads(b, alice.did, rkey)
      if (seen.every((s) => s === '400 RepoTakendown')) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(seen).toEqual(all('400 RepoTakendown'))
    // @NOTE bounded by the cache lifetime (plus this loop's own requests), never longer
    expect(Date.now() - changed).toBeLessThan(HOSTED_REPO_CACHE_MS.postgres + 2_000)
  })
})
