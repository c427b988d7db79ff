/**
 * @module
 * Fresh secrets for one benchmark server, so neither server generates or stores its own.
 */
import { randomBytes } from 'node:crypto'
import { Secp256k1Keypair } from '@atproto/crypto'

/** The secrets a PDS needs to start (same meaning for the reference and ours). */
export interface ServerSecrets {
  jwtSecret: string
  adminPassword: string
  /** secp256k1 private key, 64 hex chars. */
  plcRotationKeyHex: string
}

/** New random secrets. */
export async function serverSecrets(): Promise<ServerSecrets> {
  const key = await Secp256k1Keypair.create({ exportable: true })
  return {
    jwtSecret: randomBytes(32).toString('hex'),
    adminPassword: randomBytes(16).toString('hex'),
    plcRotationKeyHex: Buffer.from(await key.export()).toString('hex'),
  }
}
