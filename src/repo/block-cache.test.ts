import { describe, expect, test } from 'vitest'
import { BlockCache } from './block-cache.js'

describe('BlockCache', () => {
  test('evicts the least recently used blocks past its byte bound', () => {
    const cache = new BlockCache(16 * 10)
    for (let i = 0; i < 20; i++) cache.set(`b${i}`, new Uint8Array(10))
    expect(cache.size).toBeLessThanOrEqual(160)
    expect(cache.get('b0')).toBeUndefined()
    expect(cache.get('b19')).toBeDefined()
  })

  test('keeps a copy of a block that is a view into a larger buffer, not the whole buffer', () => {
    const cache = new BlockCache(1 << 20)
    const pool = new Uint8Array(8192).fill(7)
    cache.set('b', pool.subarray(100, 110))
    const cached = cache.get('b') as Uint8Array
    expect(cached).toEqual(new Uint8Array(10).fill(7))
    expect(cached.buffer.byteLength).toBe(10)
  })

  test('keeps a block that owns its buffer as it is', () => {
    const cache = new BlockCache(1 << 20)
    const block = new Uint8Array([1, 2, 3])
    cache.set('b', block)
    expect(cache.get('b')).toBe(block)
  })
})
