import { Secp256k1Keypair } from '@atproto/crypto'
import { describe, expect, it } from 'vitest'
import { InvalidSwapError, InvalidWriteError, RecordNotFoundError, RepoAlreadyExistsError } from '#src/repo/errors.js'
import { MAX_RECORD_BYTES } from '#src/repo/prepare-writes.js'
import { createRepoService } from '#src/repo/repo-service.js'
import { dialects } from '../helpers/db.js'
import { POST, post, useRepoEngine } from '../helpers/repos.js'

describe.each(dialects())('repo engine writes (%s)', (dialect) => {
  const engine = useRepoEngine(dialect)

  describe('init', () => {
    it('writes a signed empty first commit inside the given transaction', async () => {
      const { did, keypair, head } = await engine.newRepo()
      expect(await engine.repos.getLatestCommit(did)).toEqual(head)
      const { root, verified } = await engine.exportAndVerify(did, keypair)
      expect(root.toString()).toBe(head.cid)
      expect(verified.creates).toEqual([])
      expect(verified.commit.rev).toBe(head.rev)
    })

    it('leaves nothing behind when the caller rolls back', async () => {
      const keypair = await Secp256k1Keypair.create()
      const did = 'did:plc:rolledback'
      await expect(
        engine.db.transaction().execute(async (trx) => {
          await engine.repos.init(trx, did, keypair)
          throw new Error('account creation failed')
        }),
      ).rejects.toThrow('account creation failed')
      expect(await engine.repos.getLatestCommit(did)).toBeNull()
      const blocks = await engine.db.selectFrom('repoBlock').select('cid').where('did', '=', did).execute()
      expect(blocks).toEqual([])
    })

    it('refuses a second repo for the same DID', async () => {
      const { did, keypair } = await engine.newRepo()
      await expect(
        engine.db.transaction().execute((trx) => engine.repos.init(trx, did, keypair)),
      ).rejects.toBeInstanceOf(RepoAlreadyExistsError)
    })
  })

  describe('writes', () => {
    it('creates, updates and deletes records in signed commits with increasing revs', async () => {
      const { did, keypair, head } = await engine.newRepo()
      const created = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'create', collection: POST, record: post('one') }],
      })
      expect(created.commit.rev > head.rev).toBe(true)
      const [result] = created.results
      expect(result).toMatchObject({ action: 'create', validationStatus: 'valid' })
      const uri = (result as { uri: string }).uri
      const rkey = uri.split('/').at(-1) as string
      expect(uri).toBe(`at://${did}/${POST}/${rkey}`)

      const updated = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'update', collection: POST, rkey, record: post('two') }],
      })
      expect(updated.commit.rev > created.commit.rev).toBe(true)
      expect(JSON.parse((await engine.repos.getRecord(did, POST, rkey))?.json ?? 'null')).toMatchObject({ text: 'two' })

      const deleted = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'delete', collection: POST, rkey }],
      })
      expect(deleted.results).toEqual([{ action: 'delete', uri }])
      expect(await engine.repos.getRecord(did, POST, rkey)).toBeNull()
      const { verified } = await engine.exportAndVerify(did, keypair)
      expect(verified.creates).toEqual([])
      expect(verified.commit.rev).toBe(deleted.commit.rev)
    })

    it('keeps a block two records share when one of them is deleted', async () => {
      const { did, keypair } = await engine.newRepo()
      const record = { $type: 'com.example.same', value: 1 }
      await engine.repos.applyWrites({
        did,
        keypair,
        writes: [
          { action: 'create', collection: 'com.example.same', rkey: 'a', record },
          { action: 'create', collection: 'com.example.same', rkey: 'b', record },
        ],
      })
      await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'delete', collection: 'com.example.same', rkey: 'a' }],
      })
      expect(JSON.parse((await engine.repos.getRecord(did, 'com.example.same', 'b'))?.json ?? 'null')).toEqual(record)
      const { verified } = await engine.exportAndVerify(did, keypair)
      expect(verified.creates.map((c) => c.rkey)).toEqual(['b'])
    })

    it('creates or replaces with put, and checks swapRecord', async () => {
      const { did, keypair } = await engine.newRepo()
      const profile = { $type: 'app.bsky.actor.profile', displayName: 'Alice' }
      const first = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [
          { action: 'put', collection: 'app.bsky.actor.profile', rkey: 'self', record: profile, swapRecord: null },
        ],
      })
      const cid = (first.results[0] as { cid: string }).cid
      await expect(
        engine.repos.applyWrites({
          did,
          keypair,
          writes: [
            { action: 'put', collection: 'app.bsky.actor.profile', rkey: 'self', record: profile, swapRecord: null },
          ],
        }),
      ).rejects.toBeInstanceOf(InvalidSwapError)
      const second = await engine.repos.applyWrites({
        did,
        keypair,
        writes: [
          {
            action: 'put',
            collection: 'app.bsky.actor.profile',
            rkey: 'self',
            record: { ...profile, displayName: 'Alice B' },
            swapRecord: cid,
          },
        ],
      })
      expect(first.results[0]).toMatchObject({ action: 'create' })
      expect(second.results[0]).toMatchObject({ action: 'update', validationStatus: 'valid' })
      await expect(
        engine.repos.applyWrites({
          did,
          keypair,
          writes: [{ action: 'delete', collection: 'app.bsky.actor.profile', rkey: 'self', swapRecord: cid }],
        }),
      ).rejects.toBeInstanceOf(InvalidSwapError)
    })

    it('rejects a swapCommit that no longer matches, writing nothing', async () => {
      const { did, keypair, head } = await engine.newRepo()
      await engine.repos.applyWrites({
        did,
        keypair,
        writes: [{ action: 'create', collection: POST, record: post('a') }],
      })
      const before = await engine.repos.getLatestCommit(did)
      await expect(
        engine.repos.applyWrites({
          did,
          keypair,
          swapCommit: head.cid,
          writes: [{ action: 'create', collection: POST, record: post('b') }],
        }),
      ).rejects.toBeInstanceOf(InvalidSwapError)
      expect(await engine.repos.getLatestCommit(did)).toEqual(before)
      const ok = await engine.repos.applyWrites({
        did,
        keypair,
        swapCommit: before?.cid,
        writes: [{ action: 'create', collection: POST, record: post('b') }],
      })
      expect(ok.commit.cid).not.toBe(before?.cid)
    })

    it('applies a batch atomically: one bad write fails them all', async () => {
      const { did, keypair, head } = await engine.newRepo()
      await expect(
        engine.repos.applyWrites({
          did,
          keypair,
          writes: [
            { action: 'create', collection: POST, record: post('fine') },
            { action: 'delete', collection: POST, rkey: '3jzfcijpj2z2a' },
          ],
        }),
      ).rejects.toBeInstanceOf(RecordNotFoundError)
      expect(await engine.repos.getLatestCommit(did)).toEqual(head)
      expect((await engine.repos.listRecords(did, POST, { limit: 10 })).records).toEqual([])
    })

    it('rejects a create over an existing record', async () => {
      const { did, keypair } = await engine.newRepo()
      const write = { action: 'create' as const, collection: POST, rkey: '3jzfcijpj2z2a', record: post('x') }
      await engine.repos.applyWrites({ did, keypair, writes: [write] })
      await expect(engine.repos.applyWrites({ did, keypair, writes: [write] })).rejects.toThrow(/already exists/)
    })

    it.each([
      [
        'an invalid record of a known type',
        { collection: POST, record: { $type: POST, text: 1 } },
        /Invalid app\.bsky\.feed\.post record/,
      ],
      ['a $type that is not the collection', { collection: POST, record: { $type: 'app.bsky.feed.like' } }, /\$type/],
      [
        'a float',
        { collection: 'com.example.thing', record: { $type: 'com.example.thing', n: 1.5 } },
        /not valid atproto data/,
      ],
      ['a tid-keyed record under another key', { collection: POST, rkey: 'self', record: post('x') }, /must be a tid/],
      ['an invalid collection', { collection: 'not an nsid', record: { $type: 'not an nsid' } }, /Invalid collection/],
      ['an invalid rkey', { collection: POST, rkey: '..', record: post('x') }, /Invalid record key/],
    ])('rejects %s', async (_, write, message) => {
      const { did, keypair, head } = await engine.newRepo()
      const promise = engine.repos.applyWrites({ did, keypair, writes: [{ action: 'create', ...write }] })
      await expect(promise).rejects.toBeInstanceOf(InvalidWriteError)
      await expect(promise).rejects.toThrow(message)
      expect(await engine.repos.getLatestCommit(did)).toEqual(head)
    })

    it('rejects a record over the size limit, naming the limit', async () => {
      const { did, keypair } = await engine.newRepo()
      const big = { $type: 'com.example.big', data: new Uint8Array(MAX_RECORD_BYTES) }
      await expect(
        engine.repos.applyWrites({
          did,
          keypair,
          writes: [{ action: 'create', collection: 'com.example.big', record: big }],
        }),
      ).rejects.toThrow(`the limit is ${MAX_RECORD_BYTES} bytes`)
    })

    it('validates known types unless validate=false, and unknown types only fail with validate=true', async () => {
      const { did, keypair } = await engine.newRepo()
      const unknown = {
        action: 'create' as const,
        collection: 'com.example.thing',
        record: { $type: 'com.example.thing' },
      }
      const res = await engine.repos.applyWrites({ did, keypair, writes: [unknown] })
      expect(res.results[0]).toMatchObject({ validationStatus: 'unknown' })
      await expect(engine.repos.applyWrites({ did, keypair, validate: true, writes: [unknown] })).rejects.toThrow(
        /unknown type com\.example\.thing/,
      )
      const invalidPost = { action: 'create' as const, collection: POST, record: { $type: POST, text: 'no date' } }
      await expect(engine.repos.applyWrites({ did, keypair, writes: [invalidPost] })).rejects.toBeInstanceOf(
        InvalidWriteError,
      )
      const skipped = await engine.repos.applyWrites({ did, keypair, validate: false, writes: [invalidPost] })
      expect(skipped.results[0]).toMatchObject({ validationStatus: 'unknown' })
    })

    it('lands 20 concurrent creates on one repo, none lost', async () => {
      const { did, keypair } = await engine.newRepo()
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          engine.repos.applyWrites({
            did,
            keypair,
            writes: [{ action: 'create', collection: POST, record: post(`p${i}`) }],
          }),
        ),
      )
      const revs = outcomes.map((o) => o.commit.rev)
      expect(new Set(revs).size).toBe(20)
      const listed = await engine.repos.listRecords(did, POST, { limit: 100 })
      expect(listed.records).toHaveLength(20)
      const { verified } = await engine.exportAndVerify(did, keypair)
      expect(verified.creates).toHaveLength(20)
      expect(verified.commit.rev).toBe([...revs].sort().at(-1))
    })

    it('writes to different repos concurrently', async () => {
      const a = await engine.newRepo()
      const b = await engine.newRepo()
      await Promise.all(
        [a, b].flatMap(({ did, keypair }) =>
          Array.from({ length: 5 }, () =>
            engine.repos.applyWrites({
              did,
              keypair,
              writes: [{ action: 'create', collection: POST, record: post('x') }],
            }),
          ),
        ),
      )
      for (const { did, keypair } of [a, b])
        expect((await engine.exportAndVerify(did, keypair)).verified.creates).toHaveLength(5)
    })

    it.runIf(dialect === 'postgres')(
      'queues writes to a locked repo while writes to another repo go ahead',
      async () => {
        let release = () => {}
        const gate = new Promise<void>((resolve) => {
          release = resolve
        })
        let entered = () => {}
        const inside = new Promise<void>((resolve) => {
          entered = resolve
        })
        let held = false
        const gated = createRepoService(engine.db, {
          dialect,
          snapshots: engine.snapshots,
          onCommit: async (_trx, commit) => {
            if (commit.ops[0]?.rkey !== 'slow' || held) return
            held = true
            entered()
            await gate
          },
        })
        const a = await engine.newRepo()
        const b = await engine.newRepo()
        const write = (repo: typeof a, rkey?: string) =>
          gated.applyWrites({
            ...repo,
            writes: [{ action: 'create', collection: 'com.example.gate', rkey, record: { $type: 'com.example.gate' } }],
          })
        const slow = write(a, 'slow')
        await inside
        let queuedDone = false
        const queued = write(a).then((res) => {
          queuedDone = true
          return res
        })
        await write(b)
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(queuedDone).toBe(false)
        release()
        const [first, second] = await Promise.all([slow, queued])
        expect(second.commit.rev > first.commit.rev).toBe(true)
        expect((await engine.exportAndVerify(a.did, a.keypair)).verified.creates).toHaveLength(2)
      },
    )

    it('calls onCommit inside the transaction with ops, prevData and proof blocks', async () => {
      const seen: { rev: string; ops: number; hasPrevData: boolean; inTrx: boolean }[] = []
      const hooked = createRepoService(engine.db, {
        dialect,
        snapshots: engine.snapshots,
        onCommit: async (trx, commit) => {
          const row = await trx.selectFrom('repoRoot').select('rev').where('did', '=', commit.did).executeTakeFirst()
          seen.push({
            rev: commit.rev,
            ops: commit.ops.length,
            hasPrevData: commit.prevData !== null,
            inTrx: row?.rev === commit.rev,
          })
          if (commit.ops.some((op) => op.rkey === 'boom')) throw new Error('sequencer down')
        },
      })
      const keypair = await Secp256k1Keypair.create()
      const did = `did:plc:hooked${dialect}`
      await engine.db.transaction().execute((trx) => hooked.init(trx, did, keypair))
      await hooked.applyWrites({ did, keypair, writes: [{ action: 'create', collection: POST, record: post('x') }] })
      const head = await hooked.getLatestCommit(did)
      await expect(
        hooked.applyWrites({
          did,
          keypair,
          writes: [{ action: 'create', collection: 'com.example.x', rkey: 'boom', record: { $type: 'com.example.x' } }],
        }),
      ).rejects.toThrow('sequencer down')
      expect(await hooked.getLatestCommit(did)).toEqual(head)
      expect(seen.slice(0, 2)).toEqual([
        { rev: expect.any(String), ops: 0, hasPrevData: false, inTrx: true },
        { rev: head?.rev, ops: 1, hasPrevData: true, inTrx: true },
      ])
    })
  })
})
