/**
 * The repo signing key, signing through node:crypto (OpenSSL) instead of @noble/curves: the
 * one commit signature of every write cost a createRecord about a fifth of its server CPU in
 * JavaScript bigint arithmetic. Everything else (the key bytes, the did:key, export, the
 * 64-byte compact low-S signature @atproto/crypto verifies) is @atproto/crypto's own.
 *
 * @module
 */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto'
import { Secp256k1Keypair, type Secp256k1KeypairOptions } from '@atproto/crypto'

/** secp256k1's group order, and half of it: atproto accepts only signatures whose s is at most n/2. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const HALF_N = N >> 1n

// @NOTE an RFC 5915 ECPrivateKey in DER with the public key left out (OpenSSL derives it):
// SEQUENCE { INTEGER 1, OCTET STRING <32-byte key>, [0] OID 1.3.132.0.10 (secp256k1) }
const SEC1_BEFORE_KEY = Buffer.from('302e0201010420', 'hex')
const SEC1_AFTER_KEY = Buffer.from('a00706052b8104000a', 'hex')

/**
 * A {@link Secp256k1Keypair} whose `sign` is OpenSSL's ECDSA (SHA-256, then s folded to the
 * low half as @atproto/crypto does), with the same output format.
 *
 * @NOTE OpenSSL draws a random nonce where @noble derives it from the key and message (RFC 6979):
 * both are valid ECDSA, verified alike; only signing the same bytes twice no longer gives the
 * same signature, which nothing here relies on (every commit has a new rev)
 * @example
 * const keypair = await SigningKeypair.import(privateKeyBytes)
 * const sig = await keypair.sign(bytes) // 64 bytes, r then s, low-S
 */
export class SigningKeypair extends Secp256k1Keypair {
  readonly #key: KeyObject

  constructor(privateKey: Uint8Array, exportable: boolean) {
    super(privateKey, exportable)
    if (privateKey.length !== 32) throw new Error('A secp256k1 private key is 32 bytes')
    const der = Buffer.concat([SEC1_BEFORE_KEY, privateKey, SEC1_AFTER_KEY])
    this.#key = createPrivateKey({ key: der, format: 'der', type: 'sec1' })
  }

  /** A new random key (as {@link Secp256k1Keypair.create}). */
  static override async create(opts?: Partial<Secp256k1KeypairOptions>): Promise<SigningKeypair> {
    const fresh = await Secp256k1Keypair.create({ exportable: true })
    return new SigningKeypair(await fresh.export(), opts?.exportable ?? false)
  }

  /** The key of these 32 bytes (or 64 hex digits), as {@link Secp256k1Keypair.import}. */
  static override async import(
    privateKey: Uint8Array | string,
    opts?: Partial<Secp256k1KeypairOptions>,
  ): Promise<SigningKeypair> {
    const bytes = typeof privateKey === 'string' ? Buffer.from(privateKey, 'hex') : privateKey
    return new SigningKeypair(bytes, opts?.exportable ?? false)
  }

  override async sign(msg: Uint8Array): Promise<Uint8Array> {
    const sig = sign('sha256', msg, { key: this.#key, dsaEncoding: 'ieee-p1363' })
    const s = BigInt(`0x${sig.toString('hex', 32, 64)}`)
    if (s > HALF_N) sig.write((N - s).toString(16).padStart(64, '0'), 32, 'hex')
    // @NOTE a copy: the Buffer may be a slice of a shared pool
    return new Uint8Array(sig)
  }
}
