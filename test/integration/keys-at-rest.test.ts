import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import { Secp256k1Keypair } from '@atproto/crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decryptSigningKey, SigningKeyDecryptionError } from '#src/account/key-encryption.js'
import { createAppContext } from '#src/context.js'
import { signingKeyOf } from '#src/identity/index.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('repo signing keys at rest (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  const kek = () => Buffer.from(pds.ctx.secrets.repoKeyEncryptionKeyHex, 'hex')
  const storedKey = async (did: string) =>
    (await pds.ctx.db.selectFrom('accountKey').select('privateKey').where('did', '=', did).executeTakeFirstOrThrow())
      .privateKey

  it('stores each key encrypted (AES-256-GCM), bound to its account', async () => {
    const stored = Buffer.from(await storedKey(alice.did))
    expect(stored.byteLength).toBe(61)
    expect(stored[0]).toBe(1)
    const plain = decryptSigningKey(stored, alice.did, kek())
    // the decrypted key is the one the DID document names, and its bytes are nowhere in the row
    const keypair = await Secp256k1Keypair.import(plain)
    const doc = await pds.ctx.identity.dids.resolve(alice.did, { fresh: true })
    expect(doc && signingKeyOf(doc)).toBe(keypair.did())
    expect(stored.includes(Buffer.from(plain))).toBe(false)
    // moved to another account's row, or read with another key, it does not decrypt
    expect(() => decryptSigningKey(stored, 'did:plc:someoneelse', kek())).toThrow(SigningKeyDecryptionError)
    expect(() => decryptSigningKey(stored, alice.did, randomBytes(32))).toThrow(SigningKeyDecryptionError)
  })

  it('reads a plaintext key left by an older version, and encrypts it at the next start', async () => {
    const bob = await signUp(pds)
    const plain = decryptSigningKey(await storedKey(bob.did), bob.did, kek())
    await pds.ctx.db.updateTable('accountKey').set({ privateKey: plain }).where('did', '=', bob.did).execute()
    expect((await storedKey(bob.did)).byteLength).toBe(32)

    // a second start on the same data directory and database
    const restarted = await createAppContext(pds.ctx.config, { logger: pds.ctx.logger, blobGcIntervalMs: 0 })
    try {
      const stored = await storedKey(bob.did)
      expect(stored.byteLength).toBe(61)
      expect(decryptSigningKey(stored, bob.did, kek())).toEqual(plain)
      const keypair = await restarted.accounts.signingKey(bob.did)
      expect(keypair.did()).toBe((await Secp256k1Keypair.import(plain)).did())
    } finally {
      await restarted.close()
    }
    // and the account still writes
    await bob.agent.com.atproto.repo.createRecord({
      repo: bob.did,
      collection: 'com.example.thing',
      record: { $type: 'com.example.thing' },
    })
  })

  it('keeps the SQLite file and its directory private', async () => {
    if (pds.ctx.config.database.dialect !== 'sqlite') return
    const { location } = pds.ctx.config.database
    expect((await fs.stat(location)).mode & 0o777).toBe(0o600)
    expect((await fs.stat(`${location}-wal`)).mode & 0o777).toBe(0o600)
    expect((await fs.stat(pds.ctx.config.dataDirectory)).mode & 0o777).toBe(0o700)
  })
})
