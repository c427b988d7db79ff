import { scryptSync } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import { decodeJwt } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashAppPassword, hashLegacyAppPassword } from '#src/account/password.js'
import { signUp } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

/** An account password hash as this server stored them before argon2id: scrypt 2^15, r=8, p=1. */
function scryptHash(password: string): string {
  const salt = Buffer.from('fedcba9876543210')
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 2 ** 26 })
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '')
  return `$scrypt$ln=15,r=8,p=1$${b64(salt)}$${b64(key)}`
}

const CURRENT = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/

describe.each(dialects())('password hashes from before argon2id (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
  })
  afterAll(() => pds?.close())

  const login = (identifier: string, password: string) =>
    new AtpAgent({ service: pds.url }).com.atproto.server.createSession({ identifier, password })
  const storedHash = async (did: string) =>
    (await pds.ctx.db.selectFrom('account').select('passwordScrypt').where('did', '=', did).executeTakeFirstOrThrow())
      .passwordScrypt
  const setHash = (did: string, hash: string) =>
    pds.ctx.db.updateTable('account').set({ passwordScrypt: hash }).where('did', '=', did).execute()

  it('new accounts get argon2id hashes', async () => {
    const carol = await signUp(pds)
    expect(await storedHash(carol.did)).toMatch(CURRENT)
  })

  it('an scrypt password still logs in through createSession, and is stored as argon2id from then on', async () => {
    const alice = await signUp(pds)
    const old = scryptHash(alice.password)
    await setHash(alice.did, old)

    expect(await xrpcError(login(alice.handle, `${alice.password}x`))).toMatchObject({ status: 401 })
    expect(await storedHash(alice.did)).toBe(old)

    const { data } = await login(alice.handle, alice.password)
    expect(data.did).toBe(alice.did)
    const upgraded = await storedHash(alice.did)
    expect(upgraded).toMatch(CURRENT)

    // the new hash is the one that now logs in, and it is not rehashed again
    expect((await login(alice.email, alice.password)).data.did).toBe(alice.did)
    expect(await storedHash(alice.did)).toBe(upgraded)
    expect(await xrpcError(login(alice.handle, 'wrong'))).toMatchObject({ status: 401 })
  })

  it('an scrypt app password still logs in with its scope, and is stored as argon2id from then on', async () => {
    const bob = await signUp(pds)
    const { data: made } = await bob.agent.com.atproto.server.createAppPassword({ name: 'old client' })
    const legacy = await hashLegacyAppPassword(bob.did, made.password)
    expect(legacy).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/)
    await pds.ctx.db
      .updateTable('appPassword')
      .set({ passwordScrypt: legacy })
      .where('did', '=', bob.did)
      .where('name', '=', 'old client')
      .execute()
    const row = () =>
      pds.ctx.db
        .selectFrom('appPassword')
        .select('passwordScrypt')
        .where('did', '=', bob.did)
        .where('name', '=', 'old client')
        .executeTakeFirstOrThrow()

    expect(await xrpcError(login(bob.handle, 'abcd-efgh-ijkl-mnop'))).toMatchObject({ status: 401 })
    expect((await row()).passwordScrypt).toBe(legacy)

    const { data } = await login(bob.handle, made.password)
    expect(decodeJwt(data.accessJwt).scope).toBe('com.atproto.appPass')
    expect((await row()).passwordScrypt).toBe(await hashAppPassword(bob.did, made.password))
    expect((await row()).passwordScrypt).toMatch(CURRENT)
    const again = await login(bob.handle, made.password)
    expect(decodeJwt(again.data.accessJwt).scope).toBe('com.atproto.appPass')
    // the account password is untouched by the app password's upgrade
    expect((await login(bob.handle, bob.password)).data.did).toBe(bob.did)
  })

  it('a tampered hash asking for too much work logs nobody in, and is left as it is', async () => {
    const dave = await signUp(pds)
    const tampered = `$argon2id$v=19$m=4194304,t=2,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`
    await setHash(dave.did, tampered)
    expect(await xrpcError(login(dave.handle, dave.password))).toEqual({
      status: 401,
      error: 'AuthenticationRequired',
      message: 'Invalid identifier or password',
    })
    expect(await storedHash(dave.did)).toBe(tampered)
  })
})
