import { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main as migrate } from '#src/cli/migrate.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8])
const POST = 'app.bsky.feed.post'

interface PlcData {
  rotationKeys: string[]
  verificationMethods: Record<string, string>
  services: Record<string, { endpoint: string }>
}

/**
 * Runs pds-migrate as a person would: first without the PLC code (the old PDS mails it and the
 * command stops with exit code 3), then again with the code from the mail.
 */
async function moveWithCli(opts: {
  from: TestServer
  to: TestServer
  smtp: TestSmtp
  account: { did: string; email: string; password: string }
  handle: string
}): Promise<void> {
  const args = [
    '--from',
    opts.from.url,
    '--identifier',
    opts.account.did,
    '--to',
    opts.to.url,
    '--handle',
    opts.handle,
    '--email',
    opts.account.email,
  ]
  const env = { PDS_MIGRATE_PASSWORD: opts.account.password }
  expect(await migrate(['--dry-run', ...args], env)).toBe(0)
  expect(await migrate(args, env)).toBe(3)
  const code = codeIn(await opts.smtp.nextMail(opts.account.email))
  expect(await migrate([...args, '--plc-token', code], env)).toBe(0)
  // @NOTE a second run finds everything done and changes nothing
  expect(await migrate([...args, '--plc-token', code], env)).toBe(0)
}

async function exportedRepo(pds: TestServer, did: string): Promise<Uint8Array> {
  const res = await fetch(`${pds.url}/xrpc/com.atproto.sync.getRepo?did=${did}`)
  expect(res.status).toBe(200)
  return new Uint8Array(await res.arrayBuffer())
}

describe.each(dialects())('moving an account between two PDSes with pds-migrate (%s)', (dialect) => {
  let plc: TestPlc
  let smtp: TestSmtp
  let one: TestServer
  let two: TestServer
  let alice: TestAccount
  let postUris: string[]
  let blobCid: string

  const plcData = async (did: string) => (await (await fetch(`${plc.url}/${did}/data`)).json()) as PlcData
  const mailConfig = (s: TestSmtp) => ({ emailSmtpUrl: s.url, emailFromAddress: 'pds@example.com' })
  const sequenceOf = async (pds: TestServer, did: string, since: number) =>
    (
      await pds.ctx.db
        .selectFrom('repoSeq')
        .select(['seq', 'eventType'])
        .where('did', '=', did)
        .where('seq', '>', since)
        .orderBy('seq')
        .execute()
    ).map((row) => row.eventType)

  beforeAll(async () => {
    plc = await startTestPlc()
    smtp = await startTestSmtp()
    one = await startTestServer({ dialect, plcUrl: plc.url, config: mailConfig(smtp) })
    two = await startTestServer({ dialect, plcUrl: plc.url, config: mailConfig(smtp) })
    alice = await signUp(one)
    const { data: blob } = await alice.agent.com.atproto.repo.uploadBlob(PNG, { encoding: 'image/png' })
    blobCid = blob.blob.ref.toString()
    postUris = []
    for (let i = 0; i < 3; i++) {
      const { data } = await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: POST,
        record: {
          $type: POST,
          text: `post ${i}`,
          createdAt: new Date().toISOString(),
          ...(i === 0 ? { embed: { $type: 'app.bsky.embed.images', images: [{ image: blob.blob, alt: 'x' }] } } : {}),
        },
      })
      postUris.push(data.uri)
    }
    await alice.agent.app.bsky.actor.putPreferences({
      preferences: [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }],
    })
  })
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()])
    await Promise.all([plc?.close(), smtp?.close()])
  })

  it('moves there with every record, blob and preference, and the old PDS stops serving it', async () => {
    const lastSeq = await two.ctx.sequencer.lastSeq()
    await moveWithCli({ from: one, to: two, smtp, account: alice, handle: `m${alice.handle}` })

    const data = await plcData(alice.did)
    const newKey = (await two.ctx.accounts.signingKey(alice.did)).did()
    expect(data.services.atproto_pds?.endpoint).toBe(two.ctx.config.publicUrl)
    expect(data.verificationMethods.atproto).toBe(newKey)

    const verified = await verifyRepoCar(await exportedRepo(two, alice.did), alice.did, newKey)
    expect(verified.creates.map((op) => `at://${alice.did}/${op.collection}/${op.rkey}`).sort()).toEqual(
      [...postUris].sort(),
    )
    const blob = await fetch(`${two.url}/xrpc/com.atproto.sync.getBlob?did=${alice.did}&cid=${blobCid}`)
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PNG)

    const moved = new AtpAgent({ service: two.url })
    await moved.login({ identifier: alice.did, password: alice.password })
    expect((await moved.app.bsky.actor.getPreferences()).data.preferences).toEqual([
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
    ])
    const events = await sequenceOf(two, alice.did, lastSeq)
    // created deactivated (#identity, #account), then activated: #account, #identity, #sync
    expect(events.slice(-3)).toEqual(['account', 'identity', 'sync'])
    expect(events).toContain('identity')

    const write = alice.agent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text: 'from the old home', createdAt: new Date().toISOString() },
    })
    expect(await xrpcError(write)).toMatchObject({ status: 401, error: 'AccountDeactivated' })
    const oldRepo = await fetch(`${one.url}/xrpc/com.atproto.sync.getRepo?did=${alice.did}`)
    expect(oldRepo.status).toBe(400)
    expect(((await oldRepo.json()) as { error: string }).error).toBe('RepoDeactivated')

    await moved.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text: 'from the new home', createdAt: new Date().toISOString() },
    })
  })

  it('moves back again, into the account it left', async () => {
    await moveWithCli({ from: two, to: one, smtp, account: alice, handle: alice.handle })
    const data = await plcData(alice.did)
    const key = (await one.ctx.accounts.signingKey(alice.did)).did()
    expect(data.services.atproto_pds?.endpoint).toBe(one.ctx.config.publicUrl)
    expect(data.verificationMethods.atproto).toBe(key)
    const verified = await verifyRepoCar(await exportedRepo(one, alice.did), alice.did, key)
    expect(verified.creates).toHaveLength(postUris.length + 1)
    const back = new AtpAgent({ service: one.url })
    await back.login({ identifier: alice.handle, password: alice.password })
    await back.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: POST,
      record: { $type: POST, text: 'home again', createdAt: new Date().toISOString() },
    })
  })
})
