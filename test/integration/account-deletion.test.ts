import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueEmailToken } from '#src/account/email-tokens.js'
import type { DatabaseSchema } from '#src/db/schema.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestS3, type TestS3 } from '../helpers/s3.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

/** PNG signature and an IHDR chunk header, then noise: sniffed as image/png. */
function png(bytes = 3000): Uint8Array {
  const head = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  return new Uint8Array(Buffer.concat([head, randomBytes(bytes)]))
}

const matrix = dialects().flatMap((dialect) => (['disk', 's3'] as const).map((store) => [dialect, store] as const))

describe.each(matrix)('account deletion (%s, %s blobs)', (dialect, store) => {
  let pds: TestServer
  let s3: TestS3 | undefined
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    s3 = store === 's3' ? await startTestS3() : undefined
    pds = await startTestServer({ dialect, config: s3 ? { blobstoreS3: s3.config } : {} })
    alice = await signUp(pds, { handle: 'alice.test' })
    bob = await signUp(pds, { handle: 'bob.test' })
  })
  afterAll(async () => {
    await pds?.close()
    await s3?.close()
  })

  /** Every stored blob object: `temp/<key>` and `<did>/<cid>`. */
  async function stored(): Promise<string[]> {
    if (s3) return (await s3.keys()).map((key) => key.replace(/^blocks\//, ''))
    const root = pds.ctx.config.blobstoreDiskLocation
    const files = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => [])
    return files
      .filter((f) => f.isFile())
      .map((f) => path.relative(root, path.join(f.parentPath, f.name)).replace(/^blobs\//, ''))
      .sort()
  }

  const rowsOf = async (table: keyof DatabaseSchema, column: string, did: string) =>
    pds.ctx.db
      .selectFrom(table)
      .selectAll()
      // biome-ignore lint/suspicious/noExplicitAny: one helper over tables of different shapes
      .where(column as any, '=', did)
      .execute()

  const post = (account: TestAccount, text: string, embed?: unknown) =>
    account.agent.com.atproto.repo.createRecord({
      repo: account.did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString(), ...(embed ? { embed } : {}) },
    })

  it('needs the account password and the mailed code, and keeps everything when either is wrong', async () => {
    const token = await issueEmailToken(pds.ctx.db, alice.did, 'delete_account')
    const server = new AtpAgent({ service: pds.url }).com.atproto.server
    expect(await xrpcError(server.deleteAccount({ did: alice.did, password: 'wrong', token }))).toEqual({
      status: 401,
      error: 'AuthenticationRequired',
      message: 'Invalid did or password',
    })
    const { data: app } = await alice.agent.com.atproto.server.createAppPassword({ name: 'not for deletion' })
    expect(await xrpcError(server.deleteAccount({ did: alice.did, password: app.password, token }))).toMatchObject({
      status: 401,
      error: 'AuthenticationRequired',
    })
    expect(
      await xrpcError(server.deleteAccount({ did: alice.did, password: alice.password, token: 'AAAAA-BBBBB' })),
    ).toEqual({ status: 400, error: 'InvalidToken', message: 'Token is invalid' })
    expect(await rowsOf('account', 'did', alice.did)).toHaveLength(1)
  })

  it('removes every row and blob of the account, says #account deleted, stops serving the repo, frees the handle', async () => {
    // data in every table deletion must clear
    const image = png()
    const { data: uploaded } = await alice.agent.uploadBlob(image, { encoding: 'image/png' })
    await post(alice, 'with a picture', {
      $type: 'app.bsky.embed.images',
      images: [{ alt: 'noise', image: uploaded.blob }],
    })
    await alice.agent.uploadBlob(png(), { encoding: 'image/png' }) // left temporary
    await post(alice, 'plain')
    await post(bob, 'bob stays')
    await alice.agent.com.atproto.server.createAppPassword({ name: 'another' })
    const aliceSession = alice.agent.session as NonNullable<typeof alice.agent.session>
    expect((await stored()).filter((key) => key.startsWith(`${alice.did}/`))).toHaveLength(1)
    expect((await stored()).some((key) => key.startsWith('temp/'))).toBe(true)
    const bobBlobs = (await stored()).filter((key) => key.startsWith(`${bob.did}/`))

    const cursor = await pds.ctx.sequencer.lastSeq()
    const live = await FirehoseClient.connect(pds.url, cursor)
    const token = await issueEmailToken(pds.ctx.db, alice.did, 'delete_account')
    try {
      await new AtpAgent({ service: pds.url }).com.atproto.server.deleteAccount({
        did: alice.did,
        password: alice.password,
        token,
      })
      await live.waitFor((frames) => frames.length >= 1)
      expect(live.messages.map((m) => ({ type: m.type, ...m.body }))).toEqual([
        expect.objectContaining({ type: '#account', did: alice.did, active: false, status: 'deleted' }),
      ])
    } finally {
      live.close()
    }

    const byDid: [keyof DatabaseSchema, string][] = [
      ['account', 'did'],
      ['accountKey', 'did'],
      ['record', 'did'],
      ['recordBlob', 'did'],
      ['repoBlock', 'did'],
      ['repoRoot', 'did'],
      ['blob', 'did'],
      ['authSession', 'did'],
      ['appPassword', 'did'],
      ['emailToken', 'did'],
    ]
    for (const [table, column] of byDid) expect(await rowsOf(table, column, alice.did), table).toEqual([])
    // the firehose history of the repo is gone but for the deletion itself
    const history = await rowsOf('repoSeq', 'did', alice.did)
    expect(history.map((row) => row.eventType)).toEqual(['account'])
    expect(await rowsOf('repoRoot', 'did', bob.did)).toHaveLength(1)

    // the bytes are gone from the store: permanent and temporary
    expect((await stored()).filter((key) => key.startsWith(`${alice.did}/`))).toEqual([])
    expect((await stored()).filter((key) => key.startsWith('temp/'))).toEqual([])
    expect((await stored()).filter((key) => key.startsWith(`${bob.did}/`))).toEqual(bobBlobs)

    // sync reads and the old session stop at once
    const sync = new AtpAgent({ service: pds.url }).com.atproto.sync
    for (const read of [
      () => sync.getRepo({ did: alice.did }),
      () => sync.getLatestCommit({ did: alice.did }),
      () => sync.getRepoStatus({ did: alice.did }),
      () => sync.getBlob({ did: alice.did, cid: uploaded.blob.ref.toString() }),
    ]) {
      expect(await xrpcError(read())).toMatchObject({ status: 400, error: 'RepoNotFound' })
    }
    const bearer = { headers: { authorization: `Bearer ${aliceSession.accessJwt}` } }
    expect(
      await xrpcError(new AtpAgent({ service: pds.url }).com.atproto.server.getSession(undefined, bearer)),
    ).toMatchObject({ status: 400, error: 'ExpiredToken' })

    // a replay from the start shows no event of the deleted repo but its deletion
    const replay = await FirehoseClient.connect(pds.url, 0)
    try {
      await replay.waitFor((frames) => frames.some((f) => f.kind === 'message' && f.body.status === 'deleted'))
      const ofAlice = replay.messages.filter((m) => (m.body.did ?? m.body.repo) === alice.did)
      expect(ofAlice.map((m) => [m.type, m.body.status])).toEqual([['#account', 'deleted']])
      expect(replay.messages.some((m) => m.body.repo === bob.did)).toBe(true)
    } finally {
      replay.close()
    }

    // the handle is free again, for a new DID
    const again = await signUp(pds, { handle: 'alice.test', email: 'alice-again@example.com' })
    expect(again.did).not.toBe(alice.did)
    expect((await new AtpAgent({ service: pds.url }).resolveHandle({ handle: 'alice.test' })).data.did).toBe(again.did)
    expect(
      (await bob.agent.com.atproto.repo.listRecords({ repo: bob.did, collection: 'app.bsky.feed.post' })).data.records,
    ).toHaveLength(1)
  })
})
