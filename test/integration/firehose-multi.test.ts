import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from '#src/config.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { TEST_PG_URL } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const POST = 'app.bsky.feed.post'
const WRITES_EACH = 25

// @NOTE two PDS instances with their own pools and firehose readers on one schema stand for two
// processes: neither wakes the other's subscribers, so what B's see of A's writes comes from the log
describe.skipIf(!TEST_PG_URL)('two PDS processes on one PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`
  let plc: TestPlc
  let a: TestServer
  let b: TestServer
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    plc = await startTestPlc()
    const database: Config['database'] = { dialect: 'postgres', url: TEST_PG_URL as string, schema, poolSize: 5 }
    a = await startTestServer({ dialect: 'postgres', plcUrl: plc.url, config: { database } })
    b = await startTestServer({ dialect: 'postgres', plcUrl: plc.url, config: { database } })
    alice = await signUp(a)
    bob = await signUp(b)
  })
  afterAll(async () => {
    await a?.close()
    await b?.close()
    await plc?.close()
    const client = new pg.Client({ connectionString: TEST_PG_URL })
    await client.connect()
    try {
      await client.query(`drop schema if exists "${schema}" cascade`)
    } finally {
      await client.end()
    }
  })

  it('give subscribers on either one the same gap-free stream with every write', async () => {
    const start = await a.ctx.sequencer.lastSeq()
    const onA = await FirehoseClient.connect(a.url)
    const onB = await FirehoseClient.connect(b.url)
    try {
      const write = async (account: TestAccount) => {
        const uris: string[] = []
        for (let i = 0; i < WRITES_EACH; i++) {
          const { data } = await account.agent.com.atproto.repo.createRecord({
            repo: account.did,
            collection: POST,
            record: { $type: POST, text: `${i}`, createdAt: new Date().toISOString() },
          })
          uris.push(data.uri)
        }
        return uris
      }
      const uris = (await Promise.all([write(alice), write(bob)])).flat()
      const total = 2 * WRITES_EACH
      await onA.waitFor(() => onA.messages.length >= total)
      await onB.waitFor(() => onB.messages.length >= total)
      const streamOf = (sub: FirehoseClient) =>
        sub.messages.map((m) => ({ seq: m.body.seq, commit: String(m.body.commit) }))
      const seqs = streamOf(onA).map((e) => e.seq)
      expect(seqs).toEqual(Array.from({ length: total }, (_, i) => start + 1 + i))
      expect(streamOf(onB)).toEqual(streamOf(onA))
      const paths = new Set(
        onA.messages.flatMap((m) =>
          (m.body.ops as { path: string }[]).map((op) => `at://${m.body.repo as string}/${op.path}`),
        ),
      )
      for (const uri of uris) expect(paths.has(uri), uri).toBe(true)
    } finally {
      onA.close()
      onB.close()
    }
  })
})
