import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createServiceJwt } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  atprotoOperation,
  type DidDocument,
  didForGenesisOperation,
  PlcClient,
  signingKeyOf,
  signPlcOperation,
} from '#src/identity/index.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { adminAuth, xrpc } from '../helpers/admin.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const FAKE_DID = 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa'

/** Every admin method with a well-formed call, so that only the auth decides the answer. */
function adminCalls(did: string): [string, { params?: Record<string, string>; body?: unknown; post?: boolean }][] {
  return [
    ['com.atproto.admin.getAccountInfo', { params: { did } }],
    ['com.atproto.admin.getAccountInfos', { params: { dids: did } }],
    ['com.atproto.admin.searchAccounts', {}],
    ['com.atproto.admin.getSubjectStatus', { params: { did } }],
    [
      'com.atproto.admin.updateSubjectStatus',
      { body: { subject: { $type: 'com.atproto.admin.defs#repoRef', did }, takedown: { applied: false } } },
    ],
    ['com.atproto.admin.updateAccountHandle', { body: { did, handle: 'whatever.test' } }],
    ['com.atproto.admin.updateAccountEmail', { body: { account: did, email: 'x@example.com' } }],
    ['com.atproto.admin.updateAccountPassword', { body: { did, password: 'new-password' } }],
    [
      'com.atproto.admin.updateAccountSigningKey',
      { body: { did, signingKey: 'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme' } },
    ],
    ['com.atproto.admin.deleteAccount', { body: { did } }],
    ['com.atproto.admin.sendEmail', { body: { recipientDid: did, senderDid: did, content: 'hi' } }],
    ['com.atproto.admin.disableAccountInvites', { body: { account: did } }],
    ['com.atproto.admin.enableAccountInvites', { body: { account: did } }],
    ['com.atproto.admin.getInviteCodes', {}],
    ['com.atproto.admin.disableInviteCodes', { body: { codes: ['nope'] } }],
    ['com.atproto.server.createInviteCode', { body: { useCount: 1 } }],
    ['com.atproto.server.createInviteCodes', { body: { codeCount: 1, useCount: 1 } }],
    ['dev.lexiconpds.admin.getAuditLog', {}],
    ['dev.lexiconpds.admin.getServerStatus', {}],
    ['dev.lexiconpds.admin.requestCrawl', { post: true }],
  ]
}

describe.each(dialects())('the admin API (%s)', (dialect) => {
  let plc: TestPlc
  let smtp: TestSmtp
  let pds: TestServer
  let modKey: Secp256k1Keypair
  /** the moderation service's `#atproto_label` key, which it signs with as `<did>#atproto_labeler` */
  let labelKey: Secp256k1Keypair
  let modDid: string
  let alice: TestAccount
  let admin: string

  beforeAll(async () => {
    plc = await startTestPlc()
    modKey = await Secp256k1Keypair.create()
    labelKey = await Secp256k1Keypair.create()
    const unsigned = atprotoOperation(
      {
        signingKey: modKey.did(),
        handle: 'mod.example.com',
        pdsEndpoint: 'https://mod.example.com',
        rotationKeys: [modKey.did()],
      },
      null,
    )
    const genesis = await signPlcOperation(
      { ...unsigned, verificationMethods: { ...unsigned.verificationMethods, atproto_label: labelKey.did() } },
      modKey,
    )
    modDid = didForGenesisOperation(genesis)
    await new PlcClient(plc.url).sendOperation(modDid, genesis)
    smtp = await startTestSmtp()
    pds = await startTestServer({
      dialect,
      plcUrl: plc.url,
      config: { modServiceDid: modDid, emailSmtpUrl: smtp.url, emailFromAddress: 'pds@example.com' },
    })
    admin = adminAuth(pds)
    alice = await signUp(pds)
  })
  afterAll(async () => {
    await pds?.close()
    await plc?.close()
    await smtp?.close()
  })

  it('refuses every admin method without auth, with a user token, and with a wrong password: 401', async () => {
    const user = `Bearer ${alice.agent.session?.accessJwt}`
    const wrong = adminAuth(pds, 'not-the-password')
    // @NOTE each method from a loopback address of its own: failed admin logins are throttled per client
    for (const [i, [nsid, call]] of adminCalls(alice.did).entries()) {
      for (const auth of [undefined, user, wrong]) {
        const res = await xrpc(pds, nsid, { ...call, auth, from: `127.0.1.${i + 1}` })
        expect([nsid, auth?.split(' ')[0] ?? 'none', res.status]).toEqual([nsid, auth?.split(' ')[0] ?? 'none', 401])
      }
    }
    // and nothing changed
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: alice.did } })
    expect(info.body).toMatchObject({ handle: alice.handle, email: alice.email })
  })

  it('takes the moderation service JWT on moderator methods only', async () => {
    const aud = pds.ctx.config.serviceDid
    const jwt = (lxm: string, keypair = modKey) => createServiceJwt({ iss: modDid, aud, lxm, keypair })
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      auth: `Bearer ${await jwt('com.atproto.admin.getAccountInfo')}`,
      params: { did: alice.did },
    })
    expect(info).toMatchObject({ status: 200, body: { did: alice.did } })
    // a JWT for another method, a forged one, and an admin-only method: refused
    const wrongLxm = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      auth: `Bearer ${await jwt('com.atproto.admin.getInviteCodes')}`,
      params: { did: alice.did },
    })
    expect(wrongLxm.status).toBe(401)
    const forged = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      auth: `Bearer ${await jwt('com.atproto.admin.getAccountInfo', await Secp256k1Keypair.create())}`,
      params: { did: alice.did },
    })
    expect(forged.status).toBe(401)
    const adminOnly = await xrpc(pds, 'com.atproto.admin.updateAccountEmail', {
      auth: `Bearer ${await jwt('com.atproto.admin.updateAccountEmail')}`,
      body: { account: alice.did, email: 'mod@example.com' },
    })
    expect(adminOnly.status).toBe(401)
    // as a labeler (Ozone signs as `<did>#atproto_labeler`): its #atproto_label key, not its #atproto one
    const asLabeler = async (keypair: Secp256k1Keypair) => {
      const lxm = 'com.atproto.admin.getAccountInfo'
      const token = await createServiceJwt({ iss: `${modDid}#atproto_labeler`, aud, lxm, keypair })
      return xrpc(pds, lxm, { auth: `Bearer ${token}`, params: { did: alice.did } })
    }
    expect(await asLabeler(labelKey)).toMatchObject({ status: 200, body: { did: alice.did } })
    expect((await asLabeler(modKey)).status).toBe(401)
    const bareWithLabelKey = await xrpc(pds, 'com.atproto.admin.getAccountInfo', {
      auth: `Bearer ${await jwt('com.atproto.admin.getAccountInfo', labelKey)}`,
      params: { did: alice.did },
    })
    expect(bareWithLabelKey.status).toBe(401)
    // its takedown is audited under its DID
    const subject = { $type: 'com.atproto.admin.defs#repoRef', did: alice.did }
    const lxm = 'com.atproto.admin.updateSubjectStatus'
    for (const applied of [true, false]) {
      const res = await xrpc(pds, lxm, { auth: `Bearer ${await jwt(lxm)}`, body: { subject, takedown: { applied } } })
      expect(res.status).toBe(200)
    }
    const log = await xrpc(pds, 'dev.lexiconpds.admin.getAuditLog', { auth: admin, params: { subject: alice.did } })
    const entries = log.body.entries as { actorType: string; actor: string; action: string }[]
    expect(entries.slice(0, 2).map((e) => [e.actorType, e.actor, e.action])).toEqual([
      ['mod_service', modDid, 'account.reverseTakedown'],
      ['mod_service', modDid, 'account.takedown'],
    ])
  })

  it('shows and searches accounts', async () => {
    const bob = await signUp(pds, { email: 'bob-search@example.com' })
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: bob.did } })
    expect(info.body).toMatchObject({
      did: bob.did,
      handle: bob.handle,
      email: 'bob-search@example.com',
      invitesDisabled: false,
    })
    const infos = await xrpc(pds, 'com.atproto.admin.getAccountInfos', {
      auth: admin,
      params: { dids: [bob.did, FAKE_DID, alice.did] },
    })
    expect((infos.body.infos as { did: string }[]).map((i) => i.did)).toEqual([bob.did, alice.did])
    const found = await xrpc(pds, 'com.atproto.admin.searchAccounts', { auth: admin, params: { email: 'bob-search@' } })
    expect((found.body.accounts as { did: string }[]).map((a) => a.did)).toEqual([bob.did])
    const missing = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: FAKE_DID } })
    expect(missing).toMatchObject({ status: 400, body: { error: 'NotFound' } })
  })

  it('updates handle, email, password and signing key', async () => {
    const carol = await signUp(pds)
    const handle = `c${Date.now().toString(36)}.test`
    expect(
      (await xrpc(pds, 'com.atproto.admin.updateAccountHandle', { auth: admin, body: { did: carol.did, handle } }))
        .status,
    ).toBe(200)
    const doc = (await (await fetch(`${plc.url}/${carol.did}`)).json()) as { alsoKnownAs: string[] }
    expect(doc.alsoKnownAs[0]).toBe(`at://${handle}`)
    const resolved = await new AtpAgent({ service: pds.url }).resolveHandle({ handle })
    expect(resolved.data.did).toBe(carol.did)
    const taken = await xrpc(pds, 'com.atproto.admin.updateAccountHandle', {
      auth: admin,
      body: { did: carol.did, handle: alice.handle },
    })
    expect(taken).toMatchObject({ status: 400, body: { error: 'HandleNotAvailable' } })

    const email = `new-${Date.now()}@example.com`
    await xrpc(pds, 'com.atproto.admin.updateAccountEmail', { auth: admin, body: { account: handle, email } })
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: carol.did } })
    expect(info.body).toMatchObject({ email, handle })
    expect(info.body.emailConfirmedAt).toBeUndefined()

    const password = 'a-brand-new-password'
    await xrpc(pds, 'com.atproto.admin.updateAccountPassword', { auth: admin, body: { did: carol.did, password } })
    const old = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: handle, password: carol.password },
    })
    expect(old.status).toBe(401)
    const refreshed = await xrpc(pds, 'com.atproto.server.refreshSession', {
      auth: `Bearer ${carol.agent.session?.refreshJwt}`,
      post: true,
    })
    expect(refreshed.status).toBeGreaterThanOrEqual(400)
    const fresh = await xrpc(pds, 'com.atproto.server.createSession', { body: { identifier: handle, password } })
    expect(fresh.status).toBe(200)

    // @NOTE only a key held here (reserved with reserveSigningKey): one held elsewhere would
    // leave every commit signed here unverifiable (test/integration/signing-keys.test.ts has the rest)
    const foreign = await Secp256k1Keypair.create()
    const refused = await xrpc(pds, 'com.atproto.admin.updateAccountSigningKey', {
      auth: admin,
      body: { did: carol.did, signingKey: foreign.did() },
    })
    expect(refused.status).toBe(400)
    const reserved = await xrpc(pds, 'com.atproto.server.reserveSigningKey', { body: { did: carol.did } })
    const key = reserved.body.signingKey as string
    await xrpc(pds, 'com.atproto.admin.updateAccountSigningKey', {
      auth: admin,
      body: { did: carol.did, signingKey: key },
    })
    const after = (await (await fetch(`${plc.url}/${carol.did}`)).json()) as DidDocument
    expect(signingKeyOf(after)).toBe(key)
    const badKey = await xrpc(pds, 'com.atproto.admin.updateAccountSigningKey', {
      auth: admin,
      body: { did: carol.did, signingKey: 'did:web:example.com' },
    })
    expect(badKey.status).toBe(400)
  })

  it('deletes an account and everything it owns through the account lifecycle, audited', async () => {
    const dave = await signUp(pds)
    await dave.agent.post({ text: 'soon gone', createdAt: new Date().toISOString() })
    const del = await xrpc(pds, 'com.atproto.admin.deleteAccount', { auth: admin, body: { did: dave.did } })
    expect(del.status).toBe(200)
    expect(await pds.ctx.accounts.getAccount(dave.did)).toBeNull()
    const repo = await xrpc(pds, 'com.atproto.sync.getRepoStatus', { params: { did: dave.did } })
    expect(repo).toMatchObject({ status: 400, body: { error: 'RepoNotFound' } })
    const records = await pds.ctx.db.selectFrom('record').select('uri').where('did', '=', dave.did).execute()
    expect(records).toEqual([])
    const login = await xrpc(pds, 'com.atproto.server.createSession', {
      body: { identifier: dave.handle, password: dave.password },
    })
    expect(login.status).toBe(401)
    const deleted = await pds.ctx.db.selectFrom('repoSeq').select('eventType').where('did', '=', dave.did).execute()
    expect(deleted.map((e) => e.eventType)).toEqual(['account'])
    const log = await xrpc(pds, 'dev.lexiconpds.admin.getAuditLog', { auth: admin, params: { subject: dave.did } })
    expect(log.body.entries).toMatchObject([{ action: 'account.delete', detail: { handle: dave.handle } }])
    const again = await xrpc(pds, 'com.atproto.admin.deleteAccount', { auth: admin, body: { did: dave.did } })
    expect(again).toMatchObject({ status: 400, body: { error: 'NotFound' } })
  })

  it('mails an account through the outbox, audited without the message', async () => {
    const content = 'Your post was reported.\n\nPlease read the rules.'
    const sent = await xrpc(pds, 'com.atproto.admin.sendEmail', {
      auth: admin,
      body: { recipientDid: alice.did, senderDid: modDid, subject: 'About your post', content, comment: 'case 12' },
    })
    expect(sent).toEqual({ status: 200, body: { sent: true } })
    const mail = await smtp.nextMail(alice.email)
    expect(mail.subject).toBe('About your post')
    expect(mail.text).toContain('Please read the rules.')
    const log = await xrpc(pds, 'dev.lexiconpds.admin.getAuditLog', {
      auth: admin,
      params: { action: 'account.sendEmail' },
    })
    const [entry] = log.body.entries as { subject: string; detail: Record<string, unknown> }[]
    expect(entry).toMatchObject({
      subject: alice.did,
      detail: { senderDid: modDid, subject: 'About your post', comment: 'case 12' },
    })
    expect(JSON.stringify(entry)).not.toContain('read the rules')
    const plain = await xrpc(pds, 'com.atproto.admin.sendEmail', {
      auth: admin,
      body: { recipientDid: alice.did, senderDid: modDid, content: 'no subject' },
    })
    expect(plain.status).toBe(200)
    expect((await smtp.nextMail(alice.email)).subject).toBe('Message via your PDS')
    const missing = await xrpc(pds, 'com.atproto.admin.sendEmail', {
      auth: admin,
      body: { recipientDid: FAKE_DID, senderDid: modDid, content: 'hi' },
    })
    expect(missing).toMatchObject({ status: 400, body: { error: 'NotFound' } })
  })

  it('manages invite codes and who may get them', async () => {
    const made = await xrpc(pds, 'com.atproto.server.createInviteCodes', {
      auth: admin,
      body: { codeCount: 2, useCount: 3, forAccounts: [alice.did] },
    })
    const codes = (made.body.codes as { account: string; codes: string[] }[])[0]
    expect(codes?.account).toBe(alice.did)
    expect(codes?.codes).toHaveLength(2)
    const list = await xrpc(pds, 'com.atproto.admin.getInviteCodes', {
      auth: admin,
      params: { sort: 'recent', limit: 1 },
    })
    expect(list.body.codes).toHaveLength(1)
    expect(list.body.cursor).toBeTypeOf('string')
    const next = await xrpc(pds, 'com.atproto.admin.getInviteCodes', {
      auth: admin,
      params: { sort: 'recent', limit: 500, cursor: list.body.cursor as string },
    })
    const all = [...(list.body.codes as { code: string }[]), ...(next.body.codes as { code: string }[])].map(
      (c) => c.code,
    )
    expect(all).toEqual(expect.arrayContaining(codes?.codes ?? []))
    expect(new Set(all).size).toBe(all.length)
    const byUsage = await xrpc(pds, 'com.atproto.admin.getInviteCodes', { auth: admin, params: { sort: 'usage' } })
    expect(byUsage.status).toBe(200)
    // sort's values are open (knownValues): one this PDS does not know is the default order
    const recent = await xrpc(pds, 'com.atproto.admin.getInviteCodes', { auth: admin, params: { limit: 500 } })
    const unknown = await xrpc(pds, 'com.atproto.admin.getInviteCodes', {
      auth: admin,
      params: { sort: 'popularity', limit: 500 },
    })
    expect(unknown.status).toBe(200)
    expect(unknown.body.codes).toEqual(recent.body.codes)

    const mine = await alice.agent.com.atproto.server.getAccountInviteCodes()
    expect(mine.data.codes.map((c) => c.code).sort()).toEqual([...(codes?.codes ?? [])].sort())
    await xrpc(pds, 'com.atproto.admin.disableInviteCodes', { auth: admin, body: { accounts: [alice.did] } })
    const after = await alice.agent.com.atproto.server.getAccountInviteCodes()
    expect(after.data.codes).toEqual([])

    await xrpc(pds, 'com.atproto.admin.disableAccountInvites', {
      auth: admin,
      body: { account: alice.did, note: 'spam' },
    })
    const info = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: alice.did } })
    expect(info.body.invitesDisabled).toBe(true)
    expect((info.body.invites as { disabled: boolean }[]).every((c) => c.disabled)).toBe(true)
    await xrpc(pds, 'com.atproto.admin.enableAccountInvites', { auth: admin, body: { account: alice.did } })
    const again = await xrpc(pds, 'com.atproto.admin.getAccountInfo', { auth: admin, params: { did: alice.did } })
    expect(again.body.invitesDisabled).toBe(false)
  })

  it('reports server status and asks relays to crawl', async () => {
    const status = await xrpc(pds, 'dev.lexiconpds.admin.getServerStatus', { auth: admin })
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({
      database: { dialect },
      firehose: { seq: await pds.ctx.sequencer.lastSeq() },
      relays: [],
    })
    const accounts = status.body.accounts as { total: number; active: number }
    expect(accounts.total).toBeGreaterThanOrEqual(3)
    const crawl = await xrpc(pds, 'dev.lexiconpds.admin.requestCrawl', { auth: admin, post: true })
    expect(crawl).toMatchObject({ status: 200, body: { relays: [] } })
  })

  it('keeps every action in the audit log, in order, and no secret', async () => {
    const log = await xrpc(pds, 'dev.lexiconpds.admin.getAuditLog', { auth: admin, params: { limit: 500 } })
    const entries = log.body.entries as { id: number; action: string; actor: string; channel: string; ip?: string }[]
    const actions = entries.map((e) => e.action).reverse()
    // in the order the tests above did them
    const wanted = [
      'account.takedown',
      'account.reverseTakedown',
      'account.updateHandle',
      'account.updateEmail',
      'account.updatePassword',
      'account.updateSigningKey',
      'account.delete',
      'account.sendEmail',
      'account.sendEmail',
      'invites.create',
      'invites.disable',
      'account.disableInvites',
      'account.enableInvites',
      'server.requestCrawl',
    ]
    expect(actions).toEqual(wanted)
    const ids = entries.map((e) => e.id)
    expect([...ids].sort((a, b) => b - a)).toEqual(ids)
    expect(entries.every((e) => e.ip !== undefined && e.channel === 'xrpc')).toBe(true)
    const text = JSON.stringify(log.body)
    for (const secret of [pds.ctx.secrets.adminPassword, 'a-brand-new-password', pds.ctx.secrets.jwtSecret]) {
      expect(text).not.toContain(secret)
    }
    // refused calls (the 401s above) left nothing
    expect(entries.filter((e) => e.action === 'account.updateEmail')).toHaveLength(1)
  })
})

describe.each(dialects())('invite codes under PDS_INVITE_REQUIRED (%s)', (dialect) => {
  let pds: TestServer
  beforeAll(async () => {
    pds = await startTestServer({ dialect, config: { inviteRequired: true, inviteInterval: 1 } })
  })
  afterAll(() => pds?.close())

  it('lets exactly one of two racing sign-ups spend a single-use code', async () => {
    const made = await xrpc(pds, 'com.atproto.server.createInviteCode', { auth: adminAuth(pds), body: { useCount: 1 } })
    const inviteCode = made.body.code as string
    const attempt = (name: string) =>
      xrpc(pds, 'com.atproto.server.createAccount', {
        body: { handle: `${name}.test`, email: `${name}@example.com`, password: 'pw-123456', inviteCode },
      })
    const results = await Promise.all([attempt('racer-one'), attempt('racer-two')])
    expect(results.map((r) => r.status).sort()).toEqual([200, 400])
    expect(results.find((r) => r.status === 400)?.body.error).toBe('InvalidInviteCode')
    const view = await xrpc(pds, 'com.atproto.admin.getInviteCodes', { auth: adminAuth(pds) })
    const code = (view.body.codes as { code: string; uses: unknown[] }[]).find((c) => c.code === inviteCode)
    expect(code?.uses).toHaveLength(1)
  })

  it('issues the codes an account has earned (PDS_INVITE_INTERVAL), at most five open at a time', async () => {
    const made = await xrpc(pds, 'com.atproto.server.createInviteCode', { auth: adminAuth(pds), body: { useCount: 1 } })
    const agent = new AtpAgent({ service: pds.url })
    await agent.createAccount({
      handle: 'earner.test',
      email: 'earner@example.com',
      password: 'pw-123456',
      inviteCode: made.body.code as string,
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const first = await agent.com.atproto.server.getAccountInviteCodes({ createAvailable: true })
    expect(first.data.codes).toHaveLength(5)
    const second = await agent.com.atproto.server.getAccountInviteCodes({ createAvailable: true })
    expect(second.data.codes.map((c) => c.code).sort()).toEqual(first.data.codes.map((c) => c.code).sort())
    expect(first.data.codes.every((c) => c.forAccount === agent.session?.did && c.available === 1)).toBe(true)
  })
})
