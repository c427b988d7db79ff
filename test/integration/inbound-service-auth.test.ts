import type { Keypair } from '@atproto/crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceAuthVerifier } from '#src/auth/service-auth.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const UPLOAD = 'com.atproto.repo.uploadBlob'

/** A JWT with any header and payload, signed by `key` (ES256K). */
async function signJwt(key: Keypair, header: object, payload: object): Promise<string> {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const input = `${b64(header)}.${b64(payload)}`
  const sig = Buffer.from(await key.sign(Buffer.from(input))).toString('base64url')
  return `${input}.${sig}`
}

describe.each(dialects())('inbound service auth (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let aliceKey: Keypair

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    aliceKey = await pds.ctx.accounts.signingKey(alice.did)
  })
  afterAll(() => pds?.close())

  const serviceToken = async (lxm = UPLOAD, aud = pds.ctx.config.serviceDid) =>
    (await alice.agent.com.atproto.server.getServiceAuth({ aud, lxm })).data.token
  const upload = (token: string, bytes = Buffer.from('hello from a video service')) =>
    fetch(`${pds.url}/xrpc/${UPLOAD}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: bytes,
    })
  const errorOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { error: string }) })
  const claims = (over: object = {}) => ({
    iss: alice.did,
    aud: pds.ctx.config.serviceDid,
    lxm: UPLOAD,
    exp: Math.floor(Date.now() / 1000) + 60,
    jti: Math.random().toString(36).slice(2),
    ...over,
  })

  it('accepts uploadBlob for the issuer with a service token, once', async () => {
    const token = await serviceToken()
    const res = await upload(token)
    expect(res.status).toBe(200)
    const { blob } = (await res.json()) as { blob: { ref: { $link: string } } }
    const row = await pds.ctx.db
      .selectFrom('blob')
      .select(['did', 'size'])
      .where('cid', '=', blob.ref.$link)
      .executeTakeFirst()
    expect(row).toEqual({ did: alice.did, size: 26 })
    expect(await errorOf(await upload(token))).toMatchObject({ status: 401, error: 'JwtReplayed' })
  })

  it('remembers used tokens in the database, so another process refuses them too', async () => {
    const token = await serviceToken()
    expect((await upload(token)).status).toBe(200)
    const elsewhere = new ServiceAuthVerifier({
      db: pds.ctx.db,
      serviceDid: pds.ctx.config.serviceDid,
      dids: pds.ctx.identity.dids,
    })
    const req = { headers: { authorization: `Bearer ${token}` } } as never
    await expect(elsewhere.verify(req, UPLOAD)).rejects.toThrow(/already used/)
  })

  it.each([
    ['another method', () => serviceToken('com.atproto.repo.createRecord'), 'BadJwtLexiconMethod'],
    ['another audience', () => serviceToken(UPLOAD, 'did:web:other.example.com'), 'BadJwtAudience'],
    ['no jti', () => signJwt(aliceKey, { alg: 'ES256K', typ: 'JWT' }, claims({ jti: undefined })), 'BadJwt'],
    [
      'an expired exp',
      () => signJwt(aliceKey, { alg: 'ES256K' }, claims({ exp: Math.floor(Date.now() / 1000) - 5 })),
      'JwtExpired',
    ],
    [
      'a day-long lifetime',
      () => signJwt(aliceKey, { alg: 'ES256K' }, claims({ exp: Math.floor(Date.now() / 1000) + 86400 })),
      'BadJwt',
    ],
    ['the access-token type', () => signJwt(aliceKey, { alg: 'ES256K', typ: 'at+jwt' }, claims()), 'BadJwtType'],
    ['the refresh-token type', () => signJwt(aliceKey, { alg: 'ES256K', typ: 'refresh+jwt' }, claims()), 'BadJwtType'],
    ['the DPoP type', () => signJwt(aliceKey, { alg: 'ES256K', typ: 'dpop+jwt' }, claims()), 'BadJwtType'],
  ])('refuses a token for %s', async (_, token, error) => {
    expect(await errorOf(await upload(await token()))).toMatchObject({ status: 401, error })
  })

  it('refuses a token signed by a key that is not in the DID document', async () => {
    const { Secp256k1Keypair } = await import('@atproto/crypto')
    const stranger = await Secp256k1Keypair.create()
    expect(await errorOf(await upload(await signJwt(stranger, { alg: 'ES256K' }, claims())))).toMatchObject({
      status: 401,
      error: 'BadJwtSignature',
    })
  })

  it('still takes session tokens for uploadBlob', async () => {
    const res = await upload(alice.agent.session?.accessJwt ?? '')
    expect(res.status).toBe(200)
  })
})
