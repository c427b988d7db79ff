import { AtpAgent } from '@atproto/api'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanupLockKey } from '#src/account/cleanup.js'
import { issueEmailToken } from '#src/account/email-tokens.js'
import { createLogger } from '#src/logger.js'
import { signUp } from '../helpers/accounts.js'
import { dialects, TEST_PG_URL } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('the background cleanup (%s)', (dialect) => {
  let pds: TestServer
  let logs = ''

  beforeAll(async () => {
    const logger = createLogger(
      { logLevel: 'info' },
      {
        write: (line: string) => {
          logs += line
        },
      },
    )
    pds = await startTestServer({ dialect, logger })
  })
  afterAll(() => pds?.close())

  const db = () => pds.ctx.db
  const DAY = 86_400_000

  it('removes expired sessions and email codes and deletes accounts past their deletion date, logging the run', async () => {
    const keep = await signUp(pds, {})
    const due = await signUp(pds, {})
    const later = await signUp(pds, {})
    await due.agent.com.atproto.server.deactivateAccount({ deleteAfter: new Date(Date.now() - DAY).toISOString() })
    await later.agent.com.atproto.server.deactivateAccount({ deleteAfter: new Date(Date.now() + DAY).toISOString() })

    // one expired session, one live; one stale code, one fresh
    const stale = new AtpAgent({ service: pds.url })
    await stale.login({ identifier: keep.handle, password: keep.password })
    const sid = (await db().selectFrom('authSession').select('id').where('did', '=', keep.did).execute()).map(
      (r) => r.id,
    )
    await db()
      .updateTable('authSession')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', sid.at(-1) as string)
      .execute()
    await issueEmailToken(db(), keep.did, 'confirm_email', new Date(Date.now() - DAY))
    await issueEmailToken(db(), keep.did, 'reset_password')

    logs = ''
    const result = await pds.ctx.cleanup.run()
    expect(result).toEqual({ sessions: 1, emailTokens: 1, accounts: [due.did] })

    expect(await db().selectFrom('authSession').select('id').where('did', '=', keep.did).execute()).toHaveLength(
      sid.length - 1,
    )
    const codes = await db().selectFrom('emailToken').select('purpose').where('did', '=', keep.did).execute()
    expect(codes.map((c) => c.purpose)).toEqual(['reset_password'])
    expect(await db().selectFrom('account').select('did').where('did', '=', due.did).execute()).toEqual([])
    expect(await db().selectFrom('account').select('did').where('did', '=', later.did).execute()).toHaveLength(1)
    const events = await db().selectFrom('repoSeq').select('eventType').where('did', '=', due.did).execute()
    expect(events.map((e) => e.eventType)).toEqual(['account'])
    // the session that was not expired still works
    expect((await keep.agent.com.atproto.server.getSession()).data.did).toBe(keep.did)

    const line = logs
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => String(l.msg).startsWith('cleanup removed'))
    expect(line).toMatchObject({ sessions: 1, emailTokens: 1, accounts: 1, ms: expect.any(Number) })
  })

  it('runs once at a time in a process', async () => {
    const [a, b] = await Promise.all([pds.ctx.cleanup.run(), pds.ctx.cleanup.run()])
    expect([a, b].filter((r) => r === null)).toHaveLength(1)
  })

  it.runIf(dialect === 'postgres')('skips a run while another process holds the cleanup lock', async () => {
    const other = new pg.Client({ connectionString: TEST_PG_URL })
    await other.connect()
    try {
      const key = cleanupLockKey(pds.ctx.config.database.dialect === 'postgres' ? pds.ctx.config.database.schema : '')
      await other.query('select pg_advisory_lock($1::bigint)', [key.toString()])
      logs = ''
      expect(await pds.ctx.cleanup.run()).toBeNull()
      expect(logs).toContain('cleanup skipped: another process holds the cleanup lock')
      await other.query('select pg_advisory_unlock($1::bigint)', [key.toString()])
      expect(await pds.ctx.cleanup.run()).toEqual({ sessions: 0, emailTokens: 0, accounts: [] })
    } finally {
      await other.end()
    }
  })
})
