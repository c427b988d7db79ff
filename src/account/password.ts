/**
 * Password hashing with argon2id at OWASP's minimum (m=19 MiB, t=2, p=1). A hash is stored as
 * a self-describing PHC string, `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (unpadded
 * base64), so its parameters can be raised later without breaking stored hashes.
 *
 * Hashes written before argon2id are scrypt, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>`: they
 * still verify, and {@link needsRehash} tells a login to replace them with a current hash.
 *
 * @module
 */
import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'
import { hashQueue } from './hash-queue.js'

// @NOTE loaded at the first hash, not at start: the native addon takes ~3.5 MB of RSS that a
// server nobody has signed in to yet does not need (as the optional drivers are, see database.ts)
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined
const loadArgon2 = () => {
  argon2 ??= import('@node-rs/argon2').catch((err: unknown) => {
    argon2 = undefined
    throw err
  })
  return argon2
}

/** argon2id's parameters: memory in KiB, passes, lanes (OWASP's minimum for argon2id). */
const MEMORY_KIB = 19_456
const PASSES = 2
const LANES = 1
/** @NOTE `Algorithm.Argon2id` of @node-rs/argon2 is an ambient const enum, which isolatedModules cannot read */
const ARGON2ID = 2
const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: MEMORY_KIB, timeCost: PASSES, parallelism: LANES }
const CURRENT_PREFIX = `$argon2id$v=19$m=${MEMORY_KIB},t=${PASSES},p=${LANES}$`
const ARGON2_FORMAT = /^\$argon2id\$v=19\$m=(\d{1,6}),t=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** The scrypt hashes written before argon2id: 2^15 with r=8, 32 MiB per hash. */
const LEGACY_LOG_N = 15
const LEGACY_BLOCK_SIZE = 8
const LEGACY_PARALLELISM = 1
const SCRYPT_FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

const SALT_BYTES = 16
const KEY_BYTES = 32

/** The longest password accepted, in characters (a bound on the work one request can ask for). */
export const MAX_PASSWORD_LENGTH = 256

/**
 * Hashes a password with a fresh random salt.
 *
 * @example
 * const stored = await hashPassword('hunter2') // '$argon2id$v=19$m=19456,t=2,p=1$...$...'
 */
export function hashPassword(password: string): Promise<string> {
  return argon2id(password, randomBytes(SALT_BYTES))
}

/**
 * Whether `password` matches a hash from {@link hashPassword} (or an older scrypt one).
 * A malformed hash, or one whose parameters ask for more work than any this server writes,
 * never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const argon2 = ARGON2_FORMAT.exec(stored)
  if (argon2) {
    const [, m, t, p, salt, hash] = argon2 as unknown as [string, string, string, string, string, string]
    // @NOTE bounds keep a tampered row from asking for unbounded work or memory
    if (Number(m) < 8 * Number(p) || Number(m) > 65_536 || Number(t) < 1 || Number(t) > 10) return false
    if (Number(p) < 1 || Number(p) > 4) return false
    if (Buffer.from(salt, 'base64').length < 8 || Buffer.from(hash, 'base64').length < 16) return false
    return hashQueue.run(async () => (await loadArgon2()).verify(stored, password.normalize('NFKC')))
  }
  const legacy = SCRYPT_FORMAT.exec(stored)
  if (!legacy) return false
  const [, ln, r, p, salt, hash] = legacy as unknown as [string, string, string, string, string, string]
  const expected = Buffer.from(hash, 'base64')
  const logN = Number(ln)
  if (logN < 10 || logN > 20 || Number(r) > 16 || Number(p) > 4 || expected.length < 16) return false
  const actual = await scryptKey(password, Buffer.from(salt, 'base64'), logN, Number(r), Number(p), expected.length)
  return timingSafeEqual(actual, expected)
}

/**
 * Whether a stored hash that just verified should be replaced by a fresh {@link hashPassword}
 * (it is scrypt, or argon2id with other parameters than today's).
 */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT_PREFIX)
}

/** What an app password looks like: `xxxx-xxxx-xxxx-xxxx` in lower-case base32, as the reference makes them. */
export const APP_PASSWORD_FORMAT = /^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567'

/** A fresh app password (80 random bits), in {@link APP_PASSWORD_FORMAT}. */
export function generateAppPassword(): string {
  let text = ''
  for (const byte of randomBytes(16)) text += BASE32[byte & 31]
  return text.match(/.{4}/g)?.join('-') as string
}

/**
 * Hashes an app password like {@link hashPassword}, but with a salt derived from the
 * account's DID, so the same password of one account always gives the same string and a
 * login finds its row with one hash instead of trying every app password.
 *
 * @NOTE a per-account salt still stops precomputation across accounts; app passwords are
 * random, so two of one account never share a hash
 */
export function hashAppPassword(did: string, password: string): Promise<string> {
  return argon2id(password, appPasswordSalt(did))
}

/**
 * The scrypt string {@link hashAppPassword} gave before argon2id, to find (and then upgrade)
 * an app password stored then.
 */
export async function hashLegacyAppPassword(did: string, password: string): Promise<string> {
  const salt = appPasswordSalt(did)
  const hash = await scryptKey(password, salt, LEGACY_LOG_N, LEGACY_BLOCK_SIZE, LEGACY_PARALLELISM, KEY_BYTES)
  return `$scrypt$ln=${LEGACY_LOG_N},r=${LEGACY_BLOCK_SIZE},p=${LEGACY_PARALLELISM}$${b64(salt)}$${b64(hash)}`
}

/** The prefix every scrypt string starts with (for finding rows still to upgrade). */
export const LEGACY_HASH_PREFIX = '$scrypt$'

let decoy: Promise<string> | undefined

/**
 * Spends the time of one verification on a hash that matches nothing, so a login for an
 * unknown account takes as long as one with a wrong password.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  // @NOTE a refused first attempt (a full hashing queue) must not be remembered
  decoy ??= hashPassword(randomBytes(16).toString('hex')).catch((err: unknown) => {
    decoy = undefined
    throw err
  })
  await verifyPassword(password, await decoy)
  return false
}

function appPasswordSalt(did: string): Buffer {
  return createHash('sha256').update(`app-password:${did}`).digest().subarray(0, SALT_BYTES)
}

function argon2id(password: string, salt: Buffer): Promise<string> {
  // @NOTE through the bounded queue, so hashing never takes every thread of libuv's pool
  return hashQueue.run(async () => (await loadArgon2()).hash(password.normalize('NFKC'), { ...ARGON2_OPTIONS, salt }))
}

function scryptKey(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
  keylen: number,
): Promise<Buffer> {
  const N = 2 ** logN
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p }
  return hashQueue.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key)))
      }),
  )
}

function b64(bytes: Buffer): string {
  return bytes.toString('base64').replace(/=+$/, '')
}
