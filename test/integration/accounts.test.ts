import http from 'node:http'
import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createServiceJwt } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AccountService } from '#src/account/account-service.js'
import { decryptSigningKey } from '#src/account/key-encryption.js'
import { createGenesisOperation, PlcClient, pdsEndpointOf, signingKeyOf } from '#src/identity/index.js'
import { createLogger } from '#src/logger.js'
import { signUp } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { freePort, startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const PASSWORD = 'correct horse battery staple'

describe.each(dialects())('accounts (%s)', (dialect) => {
  let plc: TestPlc
  let pds: TestServer
  let logs = ''
  const bodies: string[] = []
  // @NOTE every response body the agents see, to prove no secret ever leaves the server
  const recordingFetch: typeof fetch = async (input, init) => {
    const res = await fetch(input, init)
    bodies.push(await res.clone().text())
    return res
  }
  const agent = () => new AtpAgent({ service: pds.url, fetch: recordingFetch })
  const countAccounts = async () => (await pds.ctx.db.selectFrom('account').select('did').execute()).length

  beforeAll(async () => {
    plc = await startTestPlc()
    const logger = createLogger(
      { logLevel: 'trace' },
      {
        write: (line: string) => {
          logs += line
        },
      },
    )
    pds = await startTestServer({ dialect, plcUrl: plc.url, logger })
  })
  afterAll(async () => {
    await pds?.close()
    await plc?.close()
  })

  it('signs up through AtpAgent and registers a did:plc naming our key, handle and endpoint', async () => {
    const alice = agent()
    const { data } = await alice.createAccount({ handle: 'alice.test', email: 'Alice@Example.com', password: PASSWORD })
    expect(data.did).toMatch(/^did:plc:[a-z2-7]{24}$/)
    expect(data.handle).toBe('alice.test')
    expect(alice.session?.did).toBe(data.did)
    expect(alice.pdsUrl?.origin).toBe(pds.ctx.config.publicUrl)

    const signingKey = (await pds.ctx.accounts.signingKey(data.did)).did()
    const rotationKey = (await Secp256k1Keypair.import(pds.ctx.secrets.plcRotationKeyHex)).did()
    const state = (await (await fetch(`${plc.url}/${data.did}/data`)).json()) as Record<string, unknown>
    expect(state).toMatchObject({
      did: data.did,
      verificationMethods: { atproto: signingKey },
      rotationKeys: [rotationKey],
      alsoKnownAs: ['at://alice.test'],
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: pds.ctx.config.publicUrl } },
    })
    const doc = await new PlcClient(plc.url).getDocument(data.did)
    expect(doc && signingKeyOf(doc)).toBe(signingKey)
    expect(doc && pdsEndpointOf(doc)).toBe(pds.ctx.config.publicUrl)

    const { data: session } = await alice.com.atproto.server.getSession()
    expect(session).toMatchObject({ did: data.did, handle: 'alice.test', email: 'alice@example.com', active: true })
    expect(session.emailConfirmed).toBe(false)
    const root = await pds.ctx.db.selectFrom('repoRoot').select('rev').where('did', '=', data.did).executeTakeFirst()
    expect(root?.rev).toEqual(expect.any(String))
  })

  it('writes nothing when a step inside the account transaction fails', async () => {
    const failing = new AccountService({
      db: pds.ctx.db,
      config: pds.ctx.config,
      secrets: pds.ctx.secrets,
      identity: pds.ctx.identity,
      logger: pds.ctx.logger,
      repos: {
        init: async () => {
          throw new Error('disk full')
        },
      },
    })
    const before = await countAccounts()
    await expect(
      failing.createAccount({ handle: 'ivan.test', email: 'ivan@example.com', password: PASSWORD }),
    ).rejects.toThrow('disk full')
    expect(await countAccounts()).toBe(before)
    expect(await pds.ctx.accounts.getAccount('ivan.test')).toBeNull()
    // @NOTE the handle is free again: a retry succeeds
    await signUp(pds, { handle: 'ivan.test', email: 'ivan@example.com' })
  })

  it('hands the repo engine the same key it stores', async () => {
    const bob = await signUp(pds, { handle: 'bob.test' })
    const first = await pds.ctx.accounts.signingKey(bob.did)
    const row = await pds.ctx.db
      .selectFrom('accountKey')
      .select('privateKey')
      .where('did', '=', bob.did)
      .executeTakeFirst()
    expect(row).toBeDefined()
    const kek = Buffer.from(pds.ctx.secrets.repoKeyEncryptionKeyHex, 'hex')
    const reloaded = await Secp256k1Keypair.import(decryptSigningKey(row?.privateKey as Uint8Array, bob.did, kek))
    expect(reloaded.did()).toBe(first.did())
    expect(await pds.ctx.accounts.resolveRepo('BOB.test')).toEqual({ did: bob.did, handle: 'bob.test', active: true })
    expect(await pds.ctx.accounts.resolveRepo(bob.did)).toMatchObject({ handle: 'bob.test' })
    expect(await pds.ctx.accounts.resolveRepo('nobody.test')).toBeNull()
  })

  const refusals: [string, Record<string, unknown>, { status: number; error: string }][] = [
    ['a handle that is not a handle', { handle: 'not a handle' }, { status: 400, error: 'InvalidRequest' }],
    ['a name under three characters', { handle: 'ab.test' }, { status: 400, error: 'InvalidHandle' }],
    [
      'a name over eighteen characters',
      { handle: 'abcdefghijklmnopqrs.test' },
      { status: 400, error: 'InvalidHandle' },
    ],
    ['a dotted name under a service domain', { handle: 'al.ice.test' }, { status: 400, error: 'InvalidHandle' }],
    ['a reserved handle', { handle: 'admin.test' }, { status: 400, error: 'InvalidHandle' }],
    ['another domain', { handle: 'carol.example.com' }, { status: 400, error: 'UnsupportedDomain' }],
    ['a taken handle', { handle: 'alice.test' }, { status: 400, error: 'HandleNotAvailable' }],
    ['a taken handle in other case', { handle: 'ALICE.test' }, { status: 400, error: 'HandleNotAvailable' }],
    ['a taken email', { email: 'ALICE@example.com' }, { status: 400, error: 'InvalidRequest' }],
    ['no email', { email: undefined }, { status: 400, error: 'InvalidRequest' }],
    ['a malformed email', { email: 'carol-at-example' }, { status: 400, error: 'InvalidRequest' }],
    ['no password', { password: undefined }, { status: 400, error: 'InvalidRequest' }],
    ['a password over 256 characters', { password: 'x'.repeat(257) }, { status: 400, error: 'InvalidPassword' }],
    ['a recovery key that is not a did:key', { recoveryKey: 'did:plc:abc' }, { status: 400, error: 'InvalidRequest' }],
  ]
  it.each(refusals)('refuses %s and writes nothing', async (_, change, want) => {
    const before = await countAccounts()
    const input = { handle: 'carol.test', email: 'carol@example.com', password: PASSWORD, ...change }
    const err = await xrpcError(agent().createAccount(input as Parameters<AtpAgent['createAccount']>[0]))
    expect(err).toMatchObject(want)
    expect(await countAccounts()).toBe(before)
  })

  it('lets exactly one of two racing sign-ups take a handle', async () => {
    const attempt = (n: number) =>
      agent().createAccount({ handle: 'racer.test', email: `racer${n}@example.com`, password: PASSWORD })
    const results = await Promise.allSettled([attempt(1), attempt(2), attempt(3)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toMatchObject({ status: 400, error: 'HandleNotAvailable' })
    }
    const rows = await pds.ctx.db.selectFrom('account').select('did').where('handle', '=', 'racer.test').execute()
    expect(rows).toHaveLength(1)
  })

  it('puts a given recovery key first among the rotation keys', async () => {
    const recovery = await Secp256k1Keypair.create()
    const { data } = await agent().createAccount({
      handle: 'dave.test',
      email: 'dave@example.com',
      password: PASSWORD,
      recoveryKey: recovery.did(),
    })
    const state = (await (await fetch(`${plc.url}/${data.did}/data`)).json()) as { rotationKeys: string[] }
    expect(state.rotationKeys).toHaveLength(2)
    expect(state.rotationKeys[0]).toBe(recovery.did())
  })

  it('resolves hosted handles over XRPC and /.well-known/atproto-did', async () => {
    const { did } = await signUp(pds, { handle: 'erin.test' })
    const { data } = await agent().com.atproto.identity.resolveHandle({ handle: 'Erin.test' })
    expect(data.did).toBe(did)
    const missing = await xrpcError(agent().com.atproto.identity.resolveHandle({ handle: 'nobody.test' }))
    expect(missing).toMatchObject({ status: 400, error: 'HandleNotFound' })

    // @NOTE fetch() sets Host itself, so a plain http request plays the resolver asking for the handle's host
    const wellKnown = (host: string) =>
      new Promise<[number | undefined, string]>((resolve, reject) => {
        const req = http.get(`${pds.url}/.well-known/atproto-did`, { headers: { host } }, (res) => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            text += chunk
          })
          res.on('end', () => resolve([res.statusCode, text]))
        })
        req.on('error', reject)
      })
    expect(await wellKnown('erin.test')).toEqual([200, did])
    expect((await wellKnown('nobody.test'))[0]).toBe(404)
  })

  it('moves in an existing DID only with a service JWT signed by its key, deactivated', async () => {
    const key = await Secp256k1Keypair.create()
    const { did, operation } = await createGenesisOperation(
      {
        signingKey: key.did(),
        handle: 'mover.elsewhere.test',
        pdsEndpoint: 'https://old.example',
        rotationKeys: [key.did()],
      },
      key,
    )
    await new PlcClient(plc.url).sendOperation(did, operation)
    const input = { did, handle: 'mover.test', email: 'mover@example.com', password: PASSWORD }
    const lxm = 'com.atproto.server.createAccount'
    const aud = pds.ctx.config.serviceDid

    expect(await xrpcError(agent().createAccount(input))).toMatchObject({ status: 401 })
    const stranger = await Secp256k1Keypair.create()
    const forged = await createServiceJwt({ iss: did, aud, lxm, keypair: stranger })
    const refused = agent().createAccount(input, { headers: { authorization: `Bearer ${forged}` } })
    expect(await xrpcError(refused)).toMatchObject({ status: 401 })
    expect(await pds.ctx.accounts.getAccount(did)).toBeNull()

    const jwt = await createServiceJwt({ iss: did, aud, lxm, keypair: key })
    const { data } = await agent().createAccount(input, { headers: { authorization: `Bearer ${jwt}` } })
    expect(data.did).toBe(did)
    // @NOTE the DID document still names the old PDS, so an agent would follow it there; ask here explicitly
    const auth = { headers: { authorization: `Bearer ${data.accessJwt}` } }
    const { data: session } = await agent().com.atproto.server.getSession(undefined, auth)
    expect(session).toMatchObject({ did, handle: 'mover.test', active: false, status: 'deactivated' })
    // @NOTE no PLC operation was sent: the directory still names the old PDS
    const state = (await (await fetch(`${plc.url}/${did}/data`)).json()) as { alsoKnownAs: string[] }
    expect(state.alsoKnownAs).toEqual(['at://mover.elsewhere.test'])
  })

  it('answers 502 UpstreamFailure and writes nothing when the PLC directory is unreachable', async () => {
    const deadPlc = `http://localhost:${await freePort()}`
    const offline = await startTestServer({ dialect, plcUrl: deadPlc })
    try {
      const err = await xrpcError(
        new AtpAgent({ service: offline.url }).createAccount({
          handle: 'frank.test',
          email: 'f@example.com',
          password: PASSWORD,
        }),
      )
      expect(err).toMatchObject({ status: 502, error: 'UpstreamFailure' })
      expect(err.message).toMatch(/PLC directory/)
      for (const table of ['account', 'accountKey', 'authSession', 'repoRoot', 'repoBlock'] as const) {
        expect(await offline.ctx.db.selectFrom(table).selectAll().execute()).toEqual([])
      }
    } finally {
      await offline.close()
    }
  })

  it('never puts a signing key, password, hash or server secret in a response or a log line', async () => {
    expect(bodies.length).toBeGreaterThan(10)
    const keys = await pds.ctx.db.selectFrom('accountKey').select('privateKey').execute()
    const hashes = await pds.ctx.db.selectFrom('account').select('passwordScrypt').execute()
    const secrets = [
      PASSWORD,
      pds.ctx.secrets.jwtSecret,
      pds.ctx.secrets.adminPassword,
      pds.ctx.secrets.plcRotationKeyHex,
      ...keys.flatMap(({ privateKey }) => [
        Buffer.from(privateKey).toString('hex'),
        Buffer.from(privateKey).toString('base64'),
      ]),
      ...hashes.flatMap(({ passwordScrypt }) =>
        passwordScrypt ? [passwordScrypt, passwordScrypt.split('$')[5] as string] : [],
      ),
    ]
    expect(logs).toContain('created account')
    for (const secret of secrets) {
      for (const body of bodies) expect(body).not.toContain(secret)
      expect(logs).not.toContain(secret)
    }
  })
})

describe.each(dialects())('invite codes (%s)', (dialect) => {
  let pds: TestServer
  beforeAll(async () => {
    pds = await startTestServer({ dialect, config: { inviteRequired: true } })
  })
  afterAll(() => pds?.close())

  const admin = (password: string) => ({
    headers: { authorization: `Basic ${Buffer.from(`admin:${password}`).toString('base64')}` },
  })

  it('are required when configured, and each use is counted', async () => {
    const agent = new AtpAgent({ service: pds.url })
    const { data: server } = await agent.com.atproto.server.describeServer()
    expect(server.inviteCodeRequired).toBe(true)
    const input = { handle: 'gina.test', email: 'gina@example.com', password: PASSWORD }
    expect(await xrpcError(agent.createAccount(input))).toMatchObject({ status: 400, error: 'InvalidInviteCode' })
    const bogus = agent.createAccount({ ...input, inviteCode: 'nope' })
    expect(await xrpcError(bogus)).toMatchObject({ status: 400, error: 'InvalidInviteCode' })

    const wrongAdmin = agent.com.atproto.server.createInviteCode({ useCount: 1 }, admin('guess'))
    expect(await xrpcError(wrongAdmin)).toMatchObject({ status: 401 })
    const noAdmin = agent.com.atproto.server.createInviteCode({ useCount: 1 })
    expect(await xrpcError(noAdmin)).toMatchObject({ status: 401 })
    const { data } = await agent.com.atproto.server.createInviteCode(
      { useCount: 1 },
      admin(pds.ctx.secrets.adminPassword),
    )

    await agent.createAccount({ ...input, inviteCode: data.code })
    const again = new AtpAgent({ service: pds.url }).createAccount({
      handle: 'hank.test',
      email: 'hank@example.com',
      password: PASSWORD,
      inviteCode: data.code,
    })
    expect(await xrpcError(again)).toMatchObject({ status: 400, error: 'InvalidInviteCode' })
    expect(await pds.ctx.accounts.getAccount('hank.test')).toBeNull()
  })
})
