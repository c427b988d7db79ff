import { describe, expect, it } from 'vitest'
import { TreeCache } from './repo-writer.js'

type Head = Parameters<TreeCache['put']>[1]
const head = (commit: string, bytes: number) => ({ commit, bytes }) as unknown as Head

describe('TreeCache', () => {
  it('holds no more than its byte bound, forgetting the least recently written repos first', () => {
    const cache = new TreeCache(100, 1_000)
    for (let i = 0; i < 10; i++) cache.put(`did:${i}`, head(`c${i}`, 120))
    expect(cache.size.bytes).toBeLessThanOrEqual(1_000)
    expect(cache.size.repos).toBe(8)
    expect(cache.take('did:0', 'c0')).toBeUndefined()
    expect(cache.take('did:9', 'c9')).toBeDefined()
    expect(cache.size.repos).toBe(7)
  })

  it('does not keep one head past an eighth of the bound', () => {
    const cache = new TreeCache(100, 1_000)
    cache.put('did:big', head('c', 200))
    expect(cache.size).toEqual({ repos: 0, bytes: 0 })
  })

  it('still bounds the count of repos', () => {
    const cache = new TreeCache(2, 1_000_000)
    for (let i = 0; i < 5; i++) cache.put(`did:${i}`, head(`c${i}`, 1))
    expect(cache.size.repos).toBe(2)
  })
})
