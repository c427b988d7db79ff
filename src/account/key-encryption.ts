/**
 * Repo signing keys encrypted at rest: AES-256-GCM under the key-encryption key kept with
 * the other secrets (`repoKeyEncryptionKeyHex` in secrets.json, or
 * `PDS_REPO_SIGNING_KEY_ENCRYPTION_KEY_HEX`), with the account's DID as associated data so
 * a stored key cannot be moved to another account's row.
 *
 * Stored form: `0x01 | iv (12) | tag (16) | ciphertext (32)`, 61 bytes. A 32-byte value is a
 * plaintext key written before encryption existed: read as is, and re-encrypted at start-up.
 *
 * @module
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

const VERSION = 0x01
const IV_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32

/** A stored signing key could not be decrypted (wrong key-encryption key, or tampered). */
export class SigningKeyDecryptionError extends Error {
  constructor(did: string, options?: ErrorOptions) {
    super(
      `The signing key of ${did} cannot be decrypted: is this the repo key-encryption key it was stored with?`,
      options,
    )
    this.name = 'SigningKeyDecryptionError'
  }
}

/** Whether `stored` is a plaintext key of the format before encryption. */
export function isPlaintextSigningKey(stored: Uint8Array): boolean {
  return stored.byteLength === KEY_BYTES
}

/**
 * Encrypts the 32-byte private key of `did`.
 *
 * @example
 * const stored = encryptSigningKey(await keypair.export(), did, kek)
 */
export function encryptSigningKey(privateKey: Uint8Array, did: string, kek: Uint8Array): Uint8Array {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', kek, iv)
  cipher.setAAD(Buffer.from(did, 'utf8'))
  const ciphertext = Buffer.concat([cipher.update(privateKey), cipher.final()])
  return new Uint8Array(Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]))
}

/**
 * The private key of `did` from its stored form (encrypted, or a legacy plaintext key).
 *
 * @throws SigningKeyDecryptionError
 */
export function decryptSigningKey(stored: Uint8Array, did: string, kek: Uint8Array): Uint8Array {
  if (isPlaintextSigningKey(stored)) return stored
  const bytes = Buffer.from(stored)
  if (bytes[0] !== VERSION || bytes.byteLength !== 1 + IV_BYTES + TAG_BYTES + KEY_BYTES) {
    throw new SigningKeyDecryptionError(did)
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, bytes.subarray(1, 1 + IV_BYTES))
    decipher.setAAD(Buffer.from(did, 'utf8'))
    decipher.setAuthTag(bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES))
    const key = Buffer.concat([decipher.update(bytes.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()])
    return new Uint8Array(key)
  } catch (err) {
    throw new SigningKeyDecryptionError(did, { cause: err })
  }
}
