import { Secp256k1Keypair } from '@atproto/crypto'
import { decode as cborDecode } from '@ipld/dag-cbor'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '#src/db/database.js'
import { createSnapshots } from '#src/db/snapshots.js'
import { createRepoService } from '#src/repo/repo-service.js'
import { Sequencer } from '#src/sequencer/sequencer.js'
import { runWriterAndKill } from '../helpers/crash.js'
import { dialects } from '../helpers/db.js'
import { openTestDatabase } from '../helpers/test-db.js'

const ACKS_BEFORE_KILL = 150

interface CommitBody {
  seq: number
  commit: { toString(): string }
  rev: string
  since: string | null
  ops: { action: string; path: string }[]
}

describe.each(dialects())('the firehose after kill -9 mid-write (%s)', (dialect) => {
  it('has an event for every acknowledged write, and every event names a stored commit', {
    timeout: 90_000,
  }, async () => {
    const tdb = await openTestDatabase(dialect)
    try {
      const keypair = await Secp256k1Keypair.create({ exportable: true })
      const did = 'did:plc:firehosecrash'
      const setupSequencer = new Sequencer(tdb.db, dialect)
      const setup = createRepoService(tdb.db, {
        dialect,
        snapshots: createSnapshots(tdb.db, tdb.config),
        onCommit: setupSequencer.onCommit,
      })
      await tdb.db.transaction().execute((trx) => setup.init(trx, did, keypair))
      const keyHex = Buffer.from(await keypair.export()).toString('hex')
      const acked = await runWriterAndKill({
        config: JSON.stringify(tdb.config),
        did,
        keyHex,
        events: true,
        acksBeforeKill: ACKS_BEFORE_KILL,
      })
      expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL)

      // reopen the database as a restarted PDS would
      const db = createDatabase(tdb.config)
      try {
        const sequencer = new Sequencer(db, dialect)
        const last = await sequencer.lastSeq()
        const events = await sequencer.eventsAfter(0, 100_000)
        expect(events.map((e) => e.seq)).toEqual(Array.from({ length: last }, (_, i) => i + 1))
        const bodies = events.map((e) => cborDecode(e.event) as CommitBody)
        const paths = new Set(bodies.flatMap((body) => body.ops.map((op) => `at://${did}/${op.path}`)))
        for (const uri of acked) expect(paths.has(uri), uri).toBe(true)

        const stored = await db.selectFrom('repoBlock').select('cid').where('did', '=', did).execute()
        const storedCids = new Set(stored.map((row) => row.cid))
        const root = await db
          .selectFrom('repoRoot')
          .select(['cid', 'rev'])
          .where('did', '=', did)
          .executeTakeFirstOrThrow()
        const records = await db.selectFrom('record').select('uri').where('did', '=', did).execute()
        expect(new Set(records.map((row) => row.uri))).toEqual(paths)
        // @NOTE older commit blocks leave the repo as it moves on: only the head must still be stored,
        // and the events must chain (since = the previous rev) up to it
        const head = bodies.at(-1)
        expect(head?.commit.toString()).toBe(root.cid)
        expect(head?.rev).toBe(root.rev)
        expect(storedCids.has(root.cid)).toBe(true)
        for (const [i, body] of bodies.entries()) {
          if (i === 0) expect(body.since).toBeNull()
          else expect(body.since).toBe(bodies[i - 1]?.rev)
        }
      } finally {
        await db.destroy()
      }
    } finally {
      await tdb.close()
    }
  })
})
