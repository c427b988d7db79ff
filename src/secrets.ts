import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Secp256k1Keypair } from '@atproto/crypto'
import type { Config } from './config.js'
import { makeDirectoryDurably, writeFileDurably } from './durable-fs.js'

/** The secrets the PDS runs with. Never log them and never return them from an endpoint. */
export interface Secrets {
  /** HMAC key for session tokens. */
  readonly jwtSecret: string
  /** Password of the `admin` basic-auth user. */
  readonly adminPassword: string
  /** secp256k1 private key (hex) that rotates our did:plc documents. */
  readonly plcRotationKeyHex: string
  /** AES-256 key (hex) that encrypts the repo signing keys in the database. */
  readonly repoKeyEncryptionKeyHex: string
}

/** The file under the data directory that keeps generated secrets. */
export const SECRETS_FILE = 'secrets.json'

const KEYS = ['jwtSecret', 'adminPassword', 'plcRotationKeyHex', 'repoKeyEncryptionKeyHex'] as const

/**
 * The secrets to run with: those given in the config win; the rest come from
 * `<data>/secrets.json`, and any still missing are generated and written there (mode 0600),
 * so a fresh `npm start` needs no configuration and keeps its keys across restarts.
 *
 * @example
 * const secrets = await loadSecrets(config)
 */
export async function loadSecrets(config: Pick<Config, 'dataDirectory' | 'secrets'>): Promise<Secrets> {
  const file = path.join(config.dataDirectory, SECRETS_FILE)
  const stored = await readSecretsFile(file)
  const generated: Partial<Record<(typeof KEYS)[number], string>> = {}
  for (const key of KEYS) {
    if (config.secrets[key] === undefined && stored[key] === undefined) generated[key] = await generate(key)
  }
  if (Object.keys(generated).length > 0) await writeSecretsFile(file, { ...stored, ...generated })
  const pick = (key: (typeof KEYS)[number]): string => {
    const value = config.secrets[key] ?? stored[key] ?? generated[key]
    if (value === undefined) throw new Error(`secret ${key} is missing`)
    return value
  }
  return Object.freeze({
    jwtSecret: pick('jwtSecret'),
    adminPassword: pick('adminPassword'),
    plcRotationKeyHex: pick('plcRotationKeyHex'),
    repoKeyEncryptionKeyHex: pick('repoKeyEncryptionKeyHex'),
  })
}

async function generate(key: (typeof KEYS)[number]): Promise<string> {
  if (key === 'plcRotationKeyHex') {
    const keypair = await Secp256k1Keypair.create({ exportable: true })
    return Buffer.from(await keypair.export()).toString('hex')
  }
  if (key === 'repoKeyEncryptionKeyHex') return randomBytes(32).toString('hex')
  return randomBytes(key === 'jwtSecret' ? 32 : 18).toString(key === 'jwtSecret' ? 'hex' : 'base64url')
}

async function readSecretsFile(file: string): Promise<Partial<Record<string, string>>> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new Error(`Cannot read ${file}`, { cause: err })
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (err) {
    throw new Error(`${file} is not valid JSON; fix or delete it (deleting it generates new keys)`, { cause: err })
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${file} must hold a JSON object`)
  }
  const stored: Partial<Record<string, string>> = {}
  for (const key of KEYS) {
    const value = (parsed as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (typeof value !== 'string' || value === '') throw new Error(`${file}: "${key}" must be a non-empty string`)
    stored[key] = value
  }
  if (stored.plcRotationKeyHex !== undefined && !/^[0-9a-f]{64}$/i.test(stored.plcRotationKeyHex)) {
    throw new Error(`${file}: "plcRotationKeyHex" must be 64 hexadecimal characters`)
  }
  if (stored.repoKeyEncryptionKeyHex !== undefined && !/^[0-9a-f]{64}$/i.test(stored.repoKeyEncryptionKeyHex)) {
    throw new Error(`${file}: "repoKeyEncryptionKeyHex" must be 64 hexadecimal characters`)
  }
  return stored
}

async function writeSecretsFile(file: string, secrets: Partial<Record<string, string>>): Promise<void> {
  await makeDirectoryDurably(path.dirname(file), 0o700)
  // @NOTE written aside, fsynced, renamed, directory fsynced: neither a crash nor a power loss
  // leaves a half-written or empty file that would lose keys
  await writeFileDurably(file, `${JSON.stringify(secrets, null, 2)}\n`, 0o600)
}
