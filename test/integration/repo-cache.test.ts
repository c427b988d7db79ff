import { describe, expect, it } from 'vitest'
import { dialects } from '../helpers/db.js'
import { POST, post, useRepoEngine } from '../helpers/repos.js'

const BOUND = 256 * 1024

async function writeMany(engine: ReturnType<typeof useRepoEngine>, commits: number) {
  const repo = await engine.newRepo()
  for (let i = 0; i < commits; i++) {
    await engine.repos.applyWrites({
      did: repo.did,
      keypair: repo.keypair,
      writes: Array.from({ length: 10 }, (_, j) => ({
        action: 'create' as const,
        collection: POST,
        record: post(`${i}.${j}`),
      })),
    })
  }
  return repo
}

describe.each(dialects())('repo engine caches (%s)', (dialect) => {
  describe('with PDS_REPO_CACHE_BYTES at 256 KiB', () => {
    const engine = useRepoEngine(dialect, { cacheBytes: BOUND })

    it('keeps blocks, loaded trees and records read within 7/16, 7/16 and 1/8 of the bound, however much is written and read', async () => {
      const repo = await writeMany(engine, 40)
      let cursor: string | undefined
      do {
        const page = await engine.repos.listRecords(repo.did, POST, { limit: 100, cursor })
        cursor = page.cursor
      } while (cursor)
      const size = engine.repos.cacheSize()
      expect(size.blocks).toBeGreaterThan(BOUND / 4)
      expect(size.blocks).toBeLessThanOrEqual((BOUND * 7) / 16)
      expect(size.trees).toBeLessThanOrEqual((BOUND * 7) / 16)
      // 400 records of about 100 characters each (plus bookkeeping) are more than 32 KiB
      expect(size.records).toBeGreaterThan(BOUND / 16)
      expect(size.records).toBeLessThanOrEqual(BOUND / 8)
      const { verified } = await engine.exportAndVerify(repo.did, repo.keypair)
      expect(verified.creates).toHaveLength(400)
    })
  })

  describe('with PDS_REPO_CACHE_BYTES at 0', () => {
    const engine = useRepoEngine(dialect, { cacheBytes: 0 })

    it('caches nothing and still writes verifiable commits', async () => {
      const repo = await writeMany(engine, 5)
      await engine.repos.listRecords(repo.did, POST, { limit: 100 })
      expect(engine.repos.cacheSize()).toEqual({ blocks: 0, trees: 0, records: 0 })
      const { verified } = await engine.exportAndVerify(repo.did, repo.keypair)
      expect(verified.creates).toHaveLength(50)
    })
  })
})
