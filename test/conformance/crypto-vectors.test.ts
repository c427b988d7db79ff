import { P256Keypair, Secp256k1Keypair } from '@atproto/crypto'
import { base58btc } from 'multiformats/bases/base58'
import { expect, it } from 'vitest'
import { isValidSignature } from '#src/identity/verify-signature.js'
import { describeInterop, readInteropJson } from '../helpers/interop.js'

interface SignatureCase {
  comment: string
  messageBase64: string
  publicKeyDid: string
  signatureBase64: string
  validSignature: boolean
}

/**
 * The interop crypto vectors, through the library this PDS verifies every signature with
 * (service-auth JWTs, imported commits, PLC operations) and in the strict mode it uses:
 * high-S and DER-encoded signatures must be refused.
 */
describeInterop('the atproto crypto vectors', () => {
  const b64 = (text: string) => Buffer.from(text, 'base64')
  const signatures = readInteropJson<SignatureCase[]>('crypto/signature-fixtures.json')

  it.each(signatures.map((c) => [c.comment, c] as const))('%s', async (_, c) => {
    const valid = await isValidSignature(c.publicKeyDid, b64(c.messageBase64), b64(c.signatureBase64))
    expect(valid).toBe(c.validSignature)
  })

  it.each([
    ['K-256', 'crypto/w3c_didkey_K256.json', (bytes: Uint8Array) => Secp256k1Keypair.import(bytes)],
    ['P-256', 'crypto/w3c_didkey_P256.json', (bytes: Uint8Array) => P256Keypair.import(bytes)],
  ] as const)('derives the did:key of every %s private key', async (_, file, load) => {
    const keys =
      readInteropJson<{ privateKeyBytesHex?: string; privateKeyBytesBase58?: string; publicDidKey: string }[]>(file)
    expect(keys.length).toBeGreaterThan(0)
    for (const key of keys) {
      // @NOTE the K-256 file gives hex, the P-256 one base58 (no multibase prefix)
      const bytes = key.privateKeyBytesHex
        ? Buffer.from(key.privateKeyBytesHex, 'hex')
        : base58btc.baseDecode(key.privateKeyBytesBase58 as string)
      expect((await load(bytes)).did()).toBe(key.publicDidKey)
    }
  })
})
