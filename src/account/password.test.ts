import { scryptSync } from 'node:crypto'
import { hash as argon2Hash } from '@node-rs/argon2'
import { describe, expect, it } from 'vitest'
import {
  APP_PASSWORD_FORMAT,
  generateAppPassword,
  hashAppPassword,
  hashLegacyAppPassword,
  hashPassword,
  needsRehash,
  verifyDecoyPassword,
  verifyPassword,
} from './password.js'

/** A hash as this server stored them before argon2id: scrypt 2^15, r=8, p=1. */
function legacyHash(password: string, logN = 15, r = 8): string {
  const salt = Buffer.from('0123456789abcdef')
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 2 ** logN, r, p: 1, maxmem: 2 ** 27 })
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '')
  return `$scrypt$ln=${logN},r=${r},p=1$${b64(salt)}$${b64(key)}`
}

describe('password hashes', () => {
  it('are self-describing argon2id strings at OWASP minimum or above, with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('hunter2'), hashPassword('hunter2')])
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
    expect(a).not.toBe(b)
    expect(needsRehash(a)).toBe(false)
  })

  it('still verify scrypt hashes from before argon2id, and mark them for rehashing', async () => {
    const old = legacyHash('correct horse')
    expect(await verifyPassword('correct horse', old)).toBe(true)
    expect(await verifyPassword('correct hors', old)).toBe(false)
    expect(needsRehash(old)).toBe(true)
  })

  it('mark argon2id hashes with other parameters for rehashing', () => {
    expect(
      needsRehash('$argon2id$v=19$m=8192,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
    ).toBe(true)
  })

  it('verify the right password only', async () => {
    const stored = await hashPassword('correct horse')
    expect(await verifyPassword('correct horse', stored)).toBe(true)
    expect(await verifyPassword('correct hors', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('treat canonically equivalent Unicode as the same password', async () => {
    const stored = await hashPassword('caf\u00e9')
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true)
  })

  const malformed: [string, string][] = [
    ['empty', ''],
    ['another scheme', '$2b$10$abcdefghijklmnopqrstuv'],
    ['cost out of bounds', '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ['a truncated hash', '$scrypt$ln=15,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA'],
    ['argon2id memory out of bounds', `$argon2id$v=19$m=4194304,t=2,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    ['argon2id passes out of bounds', `$argon2id$v=19$m=19456,t=99,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    ['argon2id lanes out of bounds', `$argon2id$v=19$m=19456,t=2,p=64$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    ['argon2id memory below its lanes', `$argon2id$v=19$m=4,t=2,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    ['argon2id truncated', `$argon2id$v=19$m=19456,t=2,p=1$${'A'.repeat(22)}$AAAA`],
    ['argon2id short salt', `$argon2id$v=19$m=19456,t=2,p=1$AAAA$${'A'.repeat(43)}`],
    ['argon2i, not argon2id', `$argon2i$v=19$m=19456,t=2,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
    ['argon2id version 16', `$argon2id$v=16$m=19456,t=2,p=1$${'A'.repeat(22)}$${'A'.repeat(43)}`],
  ]
  it.each(malformed)('never match a malformed hash (%s)', async (_, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false)
  })

  // @NOTE each of these is a correct hash of the password, so only the bounds refuse it
  const outOfBounds: [string, () => Promise<string>][] = [
    [
      'argon2id memory above 64 MiB',
      () => argon2Hash('pw', { algorithm: 2, memoryCost: 65_537, timeCost: 1, parallelism: 1 }),
    ],
    [
      'argon2id more than 10 passes',
      () => argon2Hash('pw', { algorithm: 2, memoryCost: 1024, timeCost: 11, parallelism: 1 }),
    ],
    [
      'argon2id more than 4 lanes',
      () => argon2Hash('pw', { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 5 }),
    ],
    ['argon2id 8-byte output', () => argon2Hash('pw', { algorithm: 2, memoryCost: 1024, timeCost: 1, outputLen: 8 })],
    ['scrypt block size above 16', async () => legacyHash('pw', 10, 17)],
    ['scrypt cost below 2^10', async () => legacyHash('pw', 9)],
  ]
  it.each(outOfBounds)('refuse a correct hash whose parameters are out of bounds (%s)', async (_, make) => {
    const stored = await make()
    expect(await verifyPassword('pw', stored)).toBe(false)
  })

  it('accept the same kind of hash within bounds', async () => {
    const stored = await argon2Hash('pw', { algorithm: 2, memoryCost: 1024, timeCost: 3, parallelism: 2 })
    expect(await verifyPassword('pw', stored)).toBe(true)
    expect(needsRehash(stored)).toBe(true)
    expect(await verifyPassword('pw', legacyHash('pw', 10, 16))).toBe(true)
  })

  it('spend the work of a verification on a decoy and fail', async () => {
    const before = process.cpuUsage()
    expect(await verifyDecoyPassword('anything')).toBe(false)
    expect(await verifyDecoyPassword('anything')).toBe(false)
    const decoy = process.cpuUsage(before)
    // @NOTE not a timing assertion: a decoy that skipped the hash would cost microseconds,
    // one argon2id at 19 MiB costs several milliseconds of CPU on any machine
    expect(decoy.user + decoy.system).toBeGreaterThan(5_000)
  })
})

describe('app passwords', () => {
  it('are xxxx-xxxx-xxxx-xxxx in lower-case base32, different each time', () => {
    const made = new Set(Array.from({ length: 50 }, () => generateAppPassword()))
    expect(made.size).toBe(50)
    for (const password of made) expect(password).toMatch(APP_PASSWORD_FORMAT)
    expect(APP_PASSWORD_FORMAT.test('abcd-efgh-ijkl-mnop')).toBe(true)
    expect(APP_PASSWORD_FORMAT.test('ABCD-efgh-ijkl-mnop')).toBe(false)
    expect(APP_PASSWORD_FORMAT.test('abcd-efgh-ijkl')).toBe(false)
  })

  it('hash the same for one account, differently across accounts, and verify like passwords', async () => {
    const password = generateAppPassword()
    const [a, b, other] = await Promise.all([
      hashAppPassword('did:plc:alice', password),
      hashAppPassword('did:plc:alice', password),
      hashAppPassword('did:plc:bob', password),
    ])
    expect(a).toBe(b)
    expect(other).not.toBe(a)
    expect(await verifyPassword(password, a)).toBe(true)
    expect(await verifyPassword(generateAppPassword(), a)).toBe(false)
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
  })

  it('keep the DID-derived salt in the scrypt form from before argon2id', async () => {
    const password = generateAppPassword()
    const [a, b, other] = await Promise.all([
      hashLegacyAppPassword('did:plc:alice', password),
      hashLegacyAppPassword('did:plc:alice', password),
      hashLegacyAppPassword('did:plc:bob', password),
    ])
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$/)
    expect(a).toBe(b)
    expect(other).not.toBe(a)
    expect(await verifyPassword(password, a)).toBe(true)
  })
})
