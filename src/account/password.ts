/**
 * Password hashing with scrypt (memory-hard). A hash is stored as a self-describing
 * PHC-style string, `$scrypt$ln=15,r=8,p=1$<salt>$<hash>` (unpadded base64), so its
 * parameters can be raised later without breaking stored hashes.
 *
 * @module
 */
import { createHash, randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'
import { hashQueue } from './hash-queue.js'

/** log2 of the CPU/memory cost: 2^15 with r=8 uses 32 MiB per hash. */
const LOG_N = 15
const BLOCK_SIZE = 8
const PARALLELISM = 1
const SALT_BYTES = 16
const KEY_BYTES = 32
const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** The longest password accepted, in characters (a bound on the work one request can ask for). */
export const MAX_PASSWORD_LENGTH = 256

/**
 * Hashes a password with a fresh random salt.
 *
 * @example
 * const stored = await hashPassword('hunter2') // '$scrypt$ln=15,r=8,p=1$...$...'
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const hash = await derive(password, salt, LOG_N, BLOCK_SIZE, PARALLELISM, KEY_BYTES)
  return `$scrypt$ln=${LOG_N},r=${BLOCK_SIZE},p=${PARALLELISM}$${b64(salt)}$${b64(hash)}`
}

/**
 * Whether `password` matches a hash from {@link hashPassword}; compares in constant time.
 * A malformed hash never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored)
  if (!match) return false
  const [, ln, r, p, salt, hash] = match as unknown as [string, string, string, string, string, string]
  const expected = Buffer.from(hash, 'base64')
  const logN = Number(ln)
  // @NOTE bounds keep a tampered row from asking for unbounded work or memory
  if (logN < 10 || logN > 20 || Number(r) > 16 || Number(p) > 4 || expected.length < 16) return false
  const actual = await derive(password, Buffer.from(salt, 'base64'), logN, Number(r), Number(p), expected.length)
  return timingSafeEqual(actual, expected)
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
export async function hashAppPassword(did: string, password: string): Promise<string> {
  const salt = createHash('sha256').update(`app-password:${did}`).digest().subarray(0, SALT_BYTES)
  const hash = await derive(password, salt, LOG_N, BLOCK_SIZE, PARALLELISM, KEY_BYTES)
  return `$scrypt$ln=${LOG_N},r=${BLOCK_SIZE},p=${PARALLELISM}$${b64(salt)}$${b64(hash)}`
}

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

function derive(password: string, salt: Buffer, logN: number, r: number, p: number, keylen: number): Promise<Buffer> {
  const N = 2 ** logN
  const options: ScryptOptions = { N, r, p, maxmem: 2 * 128 * N * r * p }
  // @NOTE through the bounded queue, so hashing never takes every thread of libuv's pool
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
