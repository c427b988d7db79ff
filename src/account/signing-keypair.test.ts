import { randomBytes } from 'node:crypto'
import { Secp256k1Keypair, verifySignature } from '@atproto/crypto'
import { describe, expect, it } from 'vitest'
import { SigningKeypair } from './signing-keypair.js'

describe('SigningKeypair', () => {
  it('is the same key as @atproto/crypto imports from the same bytes', async () => {
    const reference = await Secp256k1Keypair.create({ exportable: true })
    const bytes = await reference.export()
    const keypair = await SigningKeypair.import(bytes, { exportable: true })
    expect(keypair.did()).toBe(reference.did())
    expect(keypair.jwtAlg).toBe('ES256K')
    expect(await keypair.export()).toEqual(bytes)
    const fromHex = await SigningKeypair.import(Buffer.from(bytes).toString('hex'))
    expect(fromHex.did()).toBe(reference.did())
  })

  it('signs in the 64-byte low-S form that @atproto/crypto verifies strictly', async () => {
    const keypair = await SigningKeypair.create()
    // @NOTE about half of raw ECDSA signatures have a high s: 64 of them all pass only if each is folded
    for (let i = 0; i < 64; i++) {
      const msg = randomBytes(1 + i * 7)
      const sig = await keypair.sign(msg)
      expect(sig).toHaveLength(64)
      expect(await verifySignature(keypair.did(), msg, sig)).toBe(true)
      expect(await verifySignature(keypair.did(), randomBytes(msg.length), sig)).toBe(false)
    }
  })

  it('keeps a key made unexportable unexportable', async () => {
    const keypair = await SigningKeypair.create({ exportable: false })
    await expect(keypair.export()).rejects.toThrow('Private key is not exportable')
  })

  it('refuses a key that is not 32 bytes', async () => {
    await expect(SigningKeypair.import(new Uint8Array(31))).rejects.toThrow()
  })
})
