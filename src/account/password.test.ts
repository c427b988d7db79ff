import { describe, expect, it } from 'vitest'
import {
  APP_PASSWORD_FORMAT,
  generateAppPassword,
  hashAppPassword,
  hashPassword,
  verifyDecoyPassword,
  verifyPassword,
} from './password.js'

describe('password hashes', () => {
  it('are self-describing scrypt strings with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('hunter2'), hashPassword('hunter2')])
    expect(a).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
    expect(a).not.toBe(b)
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
  ]
  it.each(malformed)('never match a malformed hash (%s)', async (_, stored) => {
    expect(await verifyPassword('anything', stored)).toBe(false)
  })

  it('spend the work of a verification on a decoy and fail', async () => {
    expect(await verifyDecoyPassword('anything')).toBe(false)
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
  })
})
