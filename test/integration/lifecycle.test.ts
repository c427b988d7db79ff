import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { readCarWithRoot } from '@atproto/repo'
import { createServiceJwt } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGenesisOperation, PlcClient } from '#src/identity/index.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('deactivation and activation (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds, { handle: 'alice.test' })
  })
  afterAll(() => pds?.close())

  const post = (agent: AtpAgent, text: string) =>
    agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text, createdAt: new Date().toISOString() },
    })
  const sync = () => new AtpAgent({ service: pds.url }).com.atproto.sync

  it('reports the account and repo in checkAccountStatus', async () => {
    await post(alice.agent, 'one')
    await post(alice.agent, 'two')
    const { data } = await alice.agent.com.atproto.server.checkAccountStatus()
    const root = await pds.ctx.db
      .selectFrom('repoRoot')
      .selectAll()
      .where('did', '=', alice.did)
      .executeTakeFirstOrThrow()
    const blocks = await pds.ctx.db.selectFrom('repoBlock').select('cid').where('did', '=', alice.did).execute()
    expect(data).toEqual({
      activated: true,
      validDid: true,
      repoCommit: root.cid,
      repoRev: root.rev,
      repoBlocks: blocks.length,
      indexedRecords: 2,
      privateStateValues: 0,
      expectedBlobs: 0,
      importedBlobs: 0,
    })
  })

  it('deactivates (#account deactivated, sync reads and writes refused) and activates (#account, #identity, #sync; served again)', async () => {
    const cursor = await pds.ctx.sequencer.lastSeq()
    const firehose = await FirehoseClient.connect(pds.url, cursor)
    try {
      await alice.agent.com.atproto.server.deactivateAccount({})

      const refusedReads: [string, () => Promise<unknown>][] = [
        ['getRepo', () => sync().getRepo({ did: alice.did })],
        ['getLatestCommit', () => sync().getLatestCommit({ did: alice.did })],
        ['getRecord', () => sync().getRecord({ did: alice.did, collection: 'app.bsky.feed.post', rkey: 'x' })],
        ['listBlobs', () => sync().listBlobs({ did: alice.did })],
      ]
      for (const [name, read] of refusedReads) {
        expect(await xrpcError(read()), name).toMatchObject({ status: 400, error: 'RepoDeactivated' })
      }
      expect((await sync().getRepoStatus({ did: alice.did })).data).toMatchObject({
        active: false,
        status: 'deactivated',
      })
      expect(await xrpcError(post(alice.agent, 'while deactivated'))).toMatchObject({
        status: 401,
        error: 'AccountDeactivated',
        message: expect.stringContaining('deactivated'),
      })
      const { data: session } = await alice.agent.com.atproto.server.getSession()
      expect(session).toMatchObject({ active: false, status: 'deactivated' })
      expect((await alice.agent.com.atproto.server.checkAccountStatus()).data.activated).toBe(false)

      await alice.agent.com.atproto.server.activateAccount()
      const { data: latest } = await sync().getLatestCommit({ did: alice.did })
      expect((await sync().getRepoStatus({ did: alice.did })).data).toMatchObject({ active: true })
      await post(alice.agent, 'back again')

      await firehose.waitFor((frames) => frames.filter((f) => f.kind === 'message').length >= 5)
      const events = firehose.messages.map((m): Record<string, unknown> => ({ type: m.type, ...m.body }))
      expect(events.map((e) => e.type)).toEqual(['#account', '#account', '#identity', '#sync', '#commit'])
      expect(events[0]).toMatchObject({ did: alice.did, active: false, status: 'deactivated' })
      expect(events[1]).toMatchObject({ did: alice.did, active: true })
      expect(events[1]).not.toHaveProperty('status')
      expect(events[2]).toMatchObject({ did: alice.did, handle: 'alice.test' })
      expect(events[3]).toMatchObject({ did: alice.did, rev: latest.rev })
      const car = await readCarWithRoot(events[3]?.blocks as Uint8Array)
      expect(car.root.toString()).toBe(latest.cid)
      const seqs = events.map((e) => e.seq as number)
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    } finally {
      firehose.close()
    }
  })

  it('stores deleteAfter, and deactivating again only moves the date (no second event)', async () => {
    const bob = await signUp(pds, {})
    const deleteAfter = new Date(Date.now() + 30 * 86_400_000).toISOString()
    await bob.agent.com.atproto.server.deactivateAccount({ deleteAfter })
    const first = await pds.ctx.db
      .selectFrom('account')
      .select('deleteAfter')
      .where('did', '=', bob.did)
      .executeTakeFirst()
    expect(first?.deleteAfter).toBe(deleteAfter)
    const seq = await pds.ctx.sequencer.lastSeq()
    await bob.agent.com.atproto.server.deactivateAccount({})
    expect(await pds.ctx.sequencer.lastSeq()).toBe(seq)
    await bob.agent.com.atproto.server.activateAccount()
    const after = await pds.ctx.db
      .selectFrom('account')
      .select('deleteAfter')
      .where('did', '=', bob.did)
      .executeTakeFirst()
    expect(after?.deleteAfter).toBeNull()
  })

  it('keeps deactivation and activation away from app passwords', async () => {
    const { data } = await alice.agent.com.atproto.server.createAppPassword({ name: 'lifecycle' })
    const app = new AtpAgent({ service: pds.url })
    await app.login({ identifier: alice.handle, password: data.password })
    for (const call of [
      () => app.com.atproto.server.deactivateAccount({}),
      () => app.com.atproto.server.activateAccount(),
    ]) {
      expect(await xrpcError(call())).toMatchObject({ status: 400, error: 'InvalidToken' })
    }
    expect((await sync().getRepoStatus({ did: alice.did })).data.active).toBe(true)
    // checkAccountStatus is not account management: an app password may read it
    expect((await app.com.atproto.server.checkAccountStatus()).data.activated).toBe(true)
  })

  it('refuses to activate an account moving here while its DID document names another PDS', async () => {
    const key = await Secp256k1Keypair.create({ exportable: true })
    const { did, operation } = await createGenesisOperation(
      {
        signingKey: key.did(),
        handle: 'mover.elsewhere.test',
        pdsEndpoint: 'https://old.example',
        rotationKeys: [key.did()],
      },
      key,
    )
    await new PlcClient(pds.plcUrl).sendOperation(did, operation)
    const jwt = await createServiceJwt({
      iss: did,
      aud: pds.ctx.config.serviceDid,
      lxm: 'com.atproto.server.createAccount',
      keypair: key,
    })
    const { data } = await new AtpAgent({ service: pds.url }).createAccount(
      { did, handle: 'mover.test', email: 'mover@example.com', password: 'pw-mover-123' },
      { headers: { authorization: `Bearer ${jwt}` } },
    )
    const auth = { headers: { authorization: `Bearer ${data.accessJwt}` } }
    const server = new AtpAgent({ service: pds.url }).com.atproto.server
    const seq = await pds.ctx.sequencer.lastSeq()
    expect(await xrpcError(server.activateAccount(undefined, auth))).toEqual({
      status: 400,
      error: 'InvalidRequest',
      message: 'The DID document does not name this PDS as the atproto_pds service',
    })
    expect(await pds.ctx.sequencer.lastSeq()).toBe(seq)
    expect((await server.checkAccountStatus(undefined, auth)).data).toMatchObject({ activated: false, validDid: false })
  })
})
