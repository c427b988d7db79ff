/**
 * Repo signing keys driven by this PDS, over XRPC: reserveSigningKey (and createAccount
 * with an existing DID taking the reserved key), and rotation through
 * com.atproto.admin.updateAccountSigningKey and `pds-admin account rotate-signing-key`,
 * against the in-process PLC directory, on both dialects.
 */
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { Secp256k1Keypair } from '@atproto/crypto'
import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient, signingKeyFromPlc, verifyCommitEvent } from '../helpers/firehose.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { rotateKeyAsAnotherProcess } from '../helpers/repos.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const BIN = fileURLToPath(new URL('../../bin/pds-admin.mjs', import.meta.url))
const POST = 'app.bsky.feed.post'

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    )
  })
}

async function getRepo(pds: TestServer, did: string): Promise<Uint8Array> {
  const res = await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${did}`)
  expect(res.status).toBe(200)
  return new Uint8Array(await res.arrayBuffer())
}

async function post(account: TestAccount, text: string) {
  const { data } = await account.agent.com.atproto.repo.createRecord({
    repo: account.did,
    collection: POST,
    record: { $type: POST, text, createdAt: new Date().toISOString() },
  })
  return data
}

describe.each(dialects())('repo signing keys: reservation and rotation (%s)', (dialect) => {
  let plc: TestPlc
  let one: TestServer
  let two: TestServer
  let admin: string

  beforeAll(async () => {
    plc = await startTestPlc()
    one = await startTestServer({ dialect, plcUrl: plc.url })
    two = await startTestServer({ dialect, plcUrl: plc.url })
    admin = adminAuth(one)
  })
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()])
    await plc?.close()
  })

  const reserve = (pds: TestServer, body: Record<string, unknown> = {}) =>
    xrpc(pds, 'com.atproto.server.reserveSigningKey', { body })
  const expireReservations = (pds: TestServer) =>
    pds.ctx.db
      .updateTable('signingKeyReservation')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .execute()

  it('reserves a key per DID (the same one when asked again) or a new one each time without a DID', async () => {
    const did = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa'
    const first = await reserve(one, { did })
    expect(first.status).toBe(200)
    expect(Object.keys(first.body)).toEqual(['signingKey'])
    expect(first.body.signingKey).toMatch(/^did:key:zQ3s/)
    expect((await reserve(one, { did })).body.signingKey).toBe(first.body.signingKey)
    const a = await reserve(one)
    const b = await reserve(one)
    expect(a.status).toBe(200)
    expect(a.body.signingKey).not.toBe(b.body.signingKey)
    // @NOTE stored encrypted: the row is not the 32-byte private key
    const row = await one.ctx.db
      .selectFrom('signingKeyReservation')
      .select('privateKey')
      .where('keyDid', '=', first.body.signingKey as string)
      .executeTakeFirstOrThrow()
    expect(row.privateKey.byteLength).toBe(61)
    // an expired reservation is not answered again: a new key is reserved
    await expireReservations(one)
    expect((await reserve(one, { did })).body.signingKey).not.toBe(first.body.signingKey)
  })

  it('refuses a reservation for something that is not a DID with a clear error', async () => {
    const bad = await reserve(one, { did: 'not a did' })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toBe('InvalidRequest')
    expect(bad.body.message).toMatch(/did/i)
  })

  it('creates an account moving here with the key reserved for its DID, and a fresh one once it expired', async () => {
    for (const expired of [false, true]) {
      const mover = await signUp(one)
      const { data } = await mover.agent.com.atproto.server.getServiceAuth({
        aud: two.ctx.config.serviceDid,
        lxm: 'com.atproto.server.createAccount',
      })
      const reserved = (await reserve(two, { did: mover.did })).body.signingKey as string
      if (expired) await expireReservations(two)
      const created = await xrpc(two, 'com.atproto.server.createAccount', {
        auth: `Bearer ${data.token}`,
        body: { did: mover.did, handle: `n${mover.handle}`, email: `n${mover.email}`, password: mover.password },
      })
      expect(created.status).toBe(200)
      const held = (await two.ctx.accounts.signingKey(mover.did)).did()
      if (expired) expect(held).not.toBe(reserved)
      else expect(held).toBe(reserved)
      // the reservation is used up
      const left = await two.ctx.db
        .selectFrom('signingKeyReservation')
        .select('keyDid')
        .where('did', '=', mover.did)
        .where('expiresAt', '>', new Date().toISOString())
        .execute()
      expect(left).toEqual([])
      // and getRecommendedDidCredentials names the key held here
      const creds = await xrpc(two, 'com.atproto.identity.getRecommendedDidCredentials', {
        auth: `Bearer ${created.body.accessJwt}`,
      })
      expect(creds.status).toBe(200)
      expect((creds.body.verificationMethods as Record<string, string>).atproto).toBe(held)
    }
  })

  it('rotates a hosted account onto a new key: PLC document, firehose, new commits signed with it, old records kept', async () => {
    const alice = await signUp(one)
    const before = await post(alice, 'before the rotation')
    const oldKey = await signingKeyFromPlc(plc.url, alice.did)
    const sub = await FirehoseClient.connect(one.url, await one.ctx.sequencer.lastSeq())
    try {
      const run = await cli(['account', 'rotate-signing-key', alice.handle, '--json'], {
        PDS_ADMIN_URL: one.url,
        PDS_ADMIN_PASSWORD: one.ctx.secrets.adminPassword,
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const { did, signingKey: newKey } = JSON.parse(run.stdout) as { did: string; signingKey: string }
      expect(did).toBe(alice.did)
      expect(newKey).not.toBe(oldKey)
      expect(await signingKeyFromPlc(plc.url, alice.did)).toBe(newKey)
      expect((await one.ctx.accounts.signingKey(alice.did)).did()).toBe(newKey)

      // the firehose: #identity, then #sync with the head re-signed by the new key
      await sub.waitFor(() => sub.messages.some((m) => m.type === '#sync'))
      const types = sub.messages.filter((m) => m.body.did === alice.did).map((m) => m.type)
      expect(types).toEqual(['#identity', '#sync'])
      // the repo verifies against the new key right away, and no longer against the old one
      const resigned = await getRepo(one, alice.did)
      await verifyRepoCar(resigned, alice.did, newKey)
      await expect(verifyRepoCar(resigned, alice.did, oldKey)).rejects.toThrow()

      const after = await post(alice, 'after the rotation')
      await sub.waitFor(() => sub.messages.some((m) => m.type === '#commit' && m.body.repo === alice.did))
      const commit = sub.messages.find((m) => m.type === '#commit' && m.body.repo === alice.did)
      await verifyCommitEvent(commit?.body as Record<string, unknown>, newKey)
      await expect(verifyCommitEvent(commit?.body as Record<string, unknown>, oldKey)).rejects.toThrow(/signature/)
      const car = await getRepo(one, alice.did)
      const verified = await verifyRepoCar(car, alice.did, newKey)
      expect(verified.creates.map((c) => `${c.collection}/${c.rkey}`).sort()).toEqual(
        [before.uri, after.uri].map((uri) => uri.split('/').slice(-2).join('/')).sort(),
      )
      await expect(verifyRepoCar(car, alice.did, oldKey)).rejects.toThrow()

      // old records still read
      const { data: old } = await alice.agent.com.atproto.repo.getRecord({
        repo: alice.did,
        collection: POST,
        rkey: before.uri.split('/').pop() as string,
      })
      expect(old.cid).toBe(before.cid)
      expect(after.uri).not.toBe(before.uri)
      // service JWTs are signed with the new key too
      const { data: auth } = await alice.agent.com.atproto.server.getServiceAuth({ aud: two.ctx.config.serviceDid })
      const { verifyJwt } = await import('@atproto/xrpc-server')
      await verifyJwt(auth.token, two.ctx.config.serviceDid, null, async () => newKey)

      const audit = await xrpc(one, 'dev.lexiconpds.admin.getAuditLog', {
        auth: admin,
        params: { action: 'account.updateSigningKey' },
      })
      expect(audit.body.entries).toContainEqual(
        expect.objectContaining({ subject: alice.did, detail: { before: oldKey, after: newKey, rotated: true } }),
      )
    } finally {
      sub.close()
    }
  })

  it('refuses keys it does not hold, expired reservations, non-admins and bad input with clear errors', async () => {
    const bob = await signUp(one)
    const key = await signingKeyFromPlc(plc.url, bob.did)
    const update = (body: unknown, auth = admin) =>
      xrpc(one, 'com.atproto.admin.updateAccountSigningKey', { auth, body })

    const foreign = await update({ did: bob.did, signingKey: (await Secp256k1Keypair.create()).did() })
    expect(foreign).toMatchObject({ status: 400, body: { error: 'InvalidRequest' } })
    expect(foreign.body.message).toMatch(/not a key reserved on this PDS/)

    const reserved = (await reserve(one, { did: bob.did })).body.signingKey as string
    await expireReservations(one)
    const expired = await update({ did: bob.did, signingKey: reserved })
    expect(expired).toMatchObject({ status: 400, body: { error: 'InvalidRequest' } })
    expect(expired.body.message).toMatch(/not a key reserved/)

    // a key reserved for another DID is not this account's to take
    const other = (await reserve(one, { did: 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb' })).body.signingKey as string
    expect((await update({ did: bob.did, signingKey: other })).status).toBe(400)

    const notKey = await update({ did: bob.did, signingKey: 'did:web:example.com' })
    expect(notKey).toMatchObject({
      status: 400,
      body: { error: 'InvalidRequest', message: 'signingKey must be a did:key' },
    })
    expect((await update({ did: bob.did, signingKey: 'nope' })).status).toBe(400)
    expect((await update({ did: bob.did })).status).toBe(400)
    const unknown = await update({ did: 'did:plc:cccccccccccccccccccccccc', signingKey: key })
    expect(unknown).toMatchObject({ status: 400, body: { error: 'NotFound' } })

    const anonymous = (await reserve(one)).body.signingKey as string
    expect((await update({ did: bob.did, signingKey: anonymous }, '')).status).toBe(401)
    expect(
      (await update({ did: bob.did, signingKey: anonymous }, `Bearer ${bob.agent.session?.accessJwt}`)).status,
    ).toBe(401)
    expect((await update({ did: bob.did, signingKey: anonymous }, adminAuth(one, 'wrong'))).status).toBe(401)

    // nothing changed: the same key here and in the PLC document, no #identity
    expect(await signingKeyFromPlc(plc.url, bob.did)).toBe(key)
    expect((await one.ctx.accounts.signingKey(bob.did)).did()).toBe(key)
    // the key held here already: a no-op
    expect((await update({ did: bob.did, signingKey: key })).status).toBe(200)
    // an anonymous reservation may be taken by any account
    expect((await update({ did: bob.did, signingKey: anonymous })).status).toBe(200)
    expect(await signingKeyFromPlc(plc.url, bob.did)).toBe(anonymous)
  })

  it('signs a commit with the key stored now, even when this process cached the one before (a rotation by another process)', async () => {
    const dave = await signUp(one)
    await post(dave, 'first')
    const cached = await one.ctx.accounts.signingKey(dave.did)
    const next = await rotateKeyAsAnotherProcess(one, dave.did)
    await post(dave, 'second')
    const car = await getRepo(one, dave.did)
    await verifyRepoCar(car, dave.did, next.did())
    await expect(verifyRepoCar(car, dave.did, cached.did())).rejects.toThrow()
  })

  it('changes nothing here when the PLC directory refuses the operation', async () => {
    const carol = await signUp(two)
    const key = (await two.ctx.accounts.signingKey(carol.did)).did()
    const reserved = (await reserve(two, { did: carol.did })).body.signingKey as string
    const seq = await two.ctx.sequencer.lastSeq()
    // @NOTE the directory stops: the submission fails
    await plc.close()
    const res = await xrpc(two, 'com.atproto.admin.updateAccountSigningKey', {
      auth: adminAuth(two),
      body: { did: carol.did, signingKey: reserved },
    })
    expect(res.status).toBe(502)
    expect((await two.ctx.accounts.signingKey(carol.did)).did()).toBe(key)
    expect(await two.ctx.sequencer.lastSeq()).toBe(seq)
    // the reservation stays, so the same call can be retried
    const row = await two.ctx.db
      .selectFrom('signingKeyReservation')
      .select('keyDid')
      .where('did', '=', carol.did)
      .executeTakeFirst()
    expect(row?.keyDid).toBe(reserved)
  })
})
