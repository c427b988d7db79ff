import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialects } from '../../test/helpers/db.js'
import { openTestDatabase, type TestDatabase } from '../../test/helpers/test-db.js'
import {
  consumeEmailToken,
  consumeEmailTokenByCode,
  deleteExpiredEmailTokens,
  EMAIL_TOKEN_TTL_MS,
  EmailTokenError,
  issueEmailToken,
} from './email-tokens.js'

describe.each(dialects())('email tokens (%s)', (dialect) => {
  let t: TestDatabase
  const did = 'did:plc:emailtokens'

  beforeAll(async () => {
    t = await openTestDatabase(dialect)
    await t.db
      .insertInto('account')
      .values({
        did,
        handle: 'tok.test',
        email: 'tok@example.com',
        emailConfirmedAt: null,
        passwordScrypt: null,
        createdAt: new Date().toISOString(),
        deactivatedAt: null,
        takedownRef: null,
      })
      .execute()
  })
  afterAll(() => t?.close())

  const reason = (p: Promise<unknown>) =>
    p.then(
      () => 'accepted',
      (err) => (err instanceof EmailTokenError ? err.reason : `threw ${err}`),
    )

  it('issues codes in the XXXXX-XXXXX format and stores only their hash', async () => {
    const code = await issueEmailToken(t.db, did, 'confirm_email')
    expect(code).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/)
    const rows = await t.db.selectFrom('emailToken').selectAll().execute()
    expect(JSON.stringify(rows)).not.toContain(code)
  })

  it('accepts a code once, in any case, and never for another purpose', async () => {
    const code = await issueEmailToken(t.db, did, 'reset_password')
    expect(await reason(consumeEmailToken(t.db, did, 'update_email', code))).toBe('invalid')
    expect(await reason(consumeEmailToken(t.db, did, 'reset_password', ` ${code.toLowerCase()} `))).toBe('accepted')
    expect(await reason(consumeEmailToken(t.db, did, 'reset_password', code))).toBe('invalid')
  })

  it('forgets the older code when a newer one is requested', async () => {
    const first = await issueEmailToken(t.db, did, 'delete_account')
    const second = await issueEmailToken(t.db, did, 'delete_account')
    expect(await reason(consumeEmailToken(t.db, did, 'delete_account', first))).toBe('invalid')
    expect(await reason(consumeEmailToken(t.db, did, 'delete_account', second))).toBe('accepted')
  })

  it('finds the account of a code by the code alone', async () => {
    const code = await issueEmailToken(t.db, did, 'reset_password')
    expect(await consumeEmailTokenByCode(t.db, 'reset_password', code)).toBe(did)
    expect(await reason(consumeEmailTokenByCode(t.db, 'reset_password', code))).toBe('invalid')
  })

  it('refuses an expired code, uses it up, and cleans old codes away', async () => {
    const past = new Date(Date.now() - EMAIL_TOKEN_TTL_MS - 1000)
    const code = await issueEmailToken(t.db, did, 'sign_in', past)
    expect(await reason(consumeEmailToken(t.db, did, 'sign_in', code))).toBe('expired')
    expect(await reason(consumeEmailToken(t.db, did, 'sign_in', code))).toBe('invalid')
    await issueEmailToken(t.db, did, 'plc_operation', past)
    expect(await deleteExpiredEmailTokens(t.db)).toBe(1)
  })

  it('lets exactly one of two racing uses of a code win', async () => {
    const code = await issueEmailToken(t.db, did, 'update_email')
    const results = await Promise.all([
      reason(consumeEmailToken(t.db, did, 'update_email', code)),
      reason(consumeEmailToken(t.db, did, 'update_email', code)),
    ])
    expect(results.sort()).toEqual(['accepted', 'invalid'])
  })
})
