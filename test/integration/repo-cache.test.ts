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

    it('keeps blocks and loaded trees within half the bound each, however much is written', async () => {
      const repo = await writeMany(engine, 40)
      const size = engine.repos.cacheSize()
      expect(size.blocks).toBeGreaterThan(BOUND / 4)
      expect(size.blocks).toBeLessThanOrEqual(BOUND / 2)
      expect(size.trees).toBeLessThanOrEqual(BOUND / 2)
      const { verified } = await engine.exportAndVerify(repo.did, repo.keypair)
      expect(verified.creates).toHaveLength(400)
    })
  })

  describe('with PDS_REPO_CACHE_BYTES at 0', () => {
    const engine = useRepoEngine(dialect, { cacheBytes: 0 })

    it('caches nothing and still writes verifiable commits', async () => {
      const repo = await writeMany(engine, 5)
      expect(engine.repos.cacheSize()).toEqual({ blocks: 0, trees: 0 })
      const { verified } = await engine.exportAndVerify(repo.did, repo.keypair)
      expect(verified.creates).toHaveLength(50)
    })
  })
})
