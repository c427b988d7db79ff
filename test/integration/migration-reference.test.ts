import { AtpAgent } from '@atproto/api'
import { verifyRepoCar } from '@atproto/repo'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main as migrate } from '#src/cli/migrate.js'
import type { ServerHandle } from '../../bench/lib/children.js'
import { ensureReference, startReference } from '../../bench/lib/reference.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 8, 7, 6, 5, 4, 3, 2])
const POST = 'app.bsky.feed.post'

interface PlcData {
  verificationMethods: Record<string, string>
  services: Record<string, { endpoint: string }>
}

/**
 * Moving house with the reference PDS (@atproto/pds on Node 22, installed once into the bench
 * cache outside the repo, as bench/ does): from it to ours, and back, with pds-migrate, the
 * PLC codes mailed by each through one real SMTP server.
 */
describe('moving an account from the reference PDS to ours and back', () => {
  let plc: TestPlc
  let smtp: TestSmtp
  let reference: ServerHandle
  let ours: TestServer
  let account: { did: string; handle: string; email: string; password: string }
  let blobCid: string

  const plcData = async (did: string) => (await (await fetch(`${plc.url}/${did}/data`)).json()) as PlcData
  const exported = async (url: string, did: string) => {
    const res = await fetch(`${url}/xrpc/com.atproto.sync.getRepo?did=${did}`)
    expect(res.status).toBe(200)
    return new Uint8Array(await res.arrayBuffer())
  }
  const move = async (from: string, to: string, handle: string) => {
    const args = ['--from', from, '--identifier', account.did, '--to', to, '--handle', handle, '--email', account.email]
    const env = { PDS_MIGRATE_PASSWORD: account.password }
    expect(await migrate(args, env)).toBe(3)
    const code = codeIn(await smtp.nextMail(account.email, 30_000))
    expect(await migrate([...args, '--plc-token', code], env)).toBe(0)
  }

  beforeAll(async () => {
    plc = await startTestPlc()
    smtp = await startTestSmtp()
    const install = await ensureReference(() => {})
    reference = await startReference(install, {
      plcUrl: plc.url,
      env: {
        PDS_EMAIL_SMTP_URL: smtp.url,
        PDS_EMAIL_FROM_ADDRESS: 'reference@example.com',
        // @NOTE the reference serves app.bsky preferences only with an AppView configured; none is called
        PDS_BSKY_APP_VIEW_URL: 'http://127.0.0.1:9',
        PDS_BSKY_APP_VIEW_DID: 'did:web:appview.invalid',
      },
    })
    ours = await startTestServer({
      plcUrl: plc.url,
      config: { emailSmtpUrl: smtp.url, emailFromAddress: 'pds@example.com' },
    })
    const agent = new AtpAgent({ service: reference.url })
    const name = `r${Date.now().toString(36)}`
    const created = await agent.createAccount({
      handle: `${name}.test`,
      email: `${name}@example.com`,
      password: 'reference-pw-1',
    })
    account = {
      did: created.data.did,
      handle: created.data.handle,
      email: `${name}@example.com`,
      password: 'reference-pw-1',
    }
    const { data: blob } = await agent.com.atproto.repo.uploadBlob(PNG, { encoding: 'image/png' })
    blobCid = blob.blob.ref.toString()
    for (let i = 0; i < 3; i++) {
      await agent.com.atproto.repo.createRecord({
        repo: account.did,
        collection: POST,
        record: {
          $type: POST,
          text: `at the reference ${i}`,
          createdAt: new Date().toISOString(),
          ...(i === 0 ? { embed: { $type: 'app.bsky.embed.images', images: [{ image: blob.blob, alt: '' }] } } : {}),
        },
      })
    }
    await agent.app.bsky.actor.putPreferences({
      preferences: [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }],
    })
  }, 300_000)
  afterAll(async () => {
    await ours?.close()
    await reference?.stop()
    await Promise.all([plc?.close(), smtp?.close()])
  })

  it('moves from the reference to ours: records verify with our key, blobs and preferences arrive', async () => {
    await move(reference.url, ours.url, `m${account.handle}`)
    const data = await plcData(account.did)
    const key = (await ours.ctx.accounts.signingKey(account.did)).did()
    expect(data.services.atproto_pds?.endpoint).toBe(ours.ctx.config.publicUrl)
    expect(data.verificationMethods.atproto).toBe(key)
    const verified = await verifyRepoCar(await exported(ours.url, account.did), account.did, key)
    expect(verified.creates.filter((op) => op.collection === POST)).toHaveLength(3)
    const blob = await fetch(`${ours.url}/xrpc/com.atproto.sync.getBlob?did=${account.did}&cid=${blobCid}`)
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(PNG)
    const here = new AtpAgent({ service: ours.url })
    await here.login({ identifier: account.did, password: account.password })
    expect((await here.app.bsky.actor.getPreferences()).data.preferences).toEqual([
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
    ])
    await here.com.atproto.repo.createRecord({
      repo: account.did,
      collection: POST,
      record: { $type: POST, text: 'written on ours', createdAt: new Date().toISOString() },
    })
    const old = new AtpAgent({ service: reference.url })
    await old.login({ identifier: account.did, password: account.password })
    const write = old.com.atproto.repo.createRecord({
      repo: account.did,
      collection: POST,
      record: { $type: POST, text: 'at the old home', createdAt: new Date().toISOString() },
    })
    expect((await xrpcError(write)).status).toBeGreaterThanOrEqual(400)
  })

  it('moves back to the reference, which then verifies and serves what was written on ours', async () => {
    await move(ours.url, reference.url, account.handle)
    const data = await plcData(account.did)
    expect(data.services.atproto_pds?.endpoint).not.toBe(ours.ctx.config.publicUrl)
    const key = data.verificationMethods.atproto as string
    // @NOTE the reference keeps an imported commit as signed (by our key) until its next write;
    // ours re-signs at import. So one write there first, then the whole repo verifies with its key
    const back = new AtpAgent({ service: reference.url })
    await back.login({ identifier: account.did, password: account.password })
    await back.com.atproto.repo.createRecord({
      repo: account.did,
      collection: POST,
      record: { $type: POST, text: 'home again', createdAt: new Date().toISOString() },
    })
    const verified = await verifyRepoCar(await exported(reference.url, account.did), account.did, key)
    expect(verified.creates.filter((op) => op.collection === POST)).toHaveLength(5)
    const oursNow = await fetch(`${ours.url}/xrpc/com.atproto.sync.getRepo?did=${account.did}`)
    expect(((await oursNow.json()) as { error: string }).error).toBe('RepoDeactivated')
  })
})
