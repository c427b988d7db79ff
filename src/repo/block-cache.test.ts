import { describe, expect, test } from 'vitest'
import { BLOCK_ENTRY_OVERHEAD, BlockCache } from './block-cache.js'

describe('BlockCache', () => {
  test('evicts the least recently used blocks past its byte bound', () => {
    const cost = 100 + BLOCK_ENTRY_OVERHEAD
    const cache = new BlockCache(16 * cost)
    for (let i = 0; i < 20; i++) cache.set(`b${i}`, new Uint8Array(100))
    expect(cache.size).toBe(16 * cost)
    expect(cache.get('b3')).toBeUndefined()
    expect(cache.get('b4')).toBeDefined()
    expect(cache.get('b19')).toBeDefined()
  })

  test('counts what each entry costs beyond its bytes, so many small blocks cannot outgrow the bound', () => {
    const cache = new BlockCache(64 * 1024)
    for (let i = 0; i < 10_000; i++) cache.set(`b${i}`, new Uint8Array(10))
    expect(cache.size).toBeLessThanOrEqual(64 * 1024)
    // 10,000 blocks of 10 bytes are only 100 KB of data, yet the cache keeps fewer than 100 of them
    expect(cache.size).toBeGreaterThan(64 * 1024 - (10 + BLOCK_ENTRY_OVERHEAD))
    expect(cache.get('b9899')).toBeUndefined()
    expect(cache.get('b9999')).toBeDefined()
  })

  test('a recently read block outlives older ones', () => {
    const cost = 100 + BLOCK_ENTRY_OVERHEAD
    const cache = new BlockCache(16 * cost)
    for (let i = 0; i < 16; i++) cache.set(`b${i}`, new Uint8Array(100))
    cache.get('b0')
    cache.set('b16', new Uint8Array(100))
    expect(cache.get('b0')).toBeDefined()
    expect(cache.get('b1')).toBeUndefined()
  })

  test('does not keep a block past a sixteenth of the bound', () => {
    const cache = new BlockCache(16 * 1024)
    cache.set('big', new Uint8Array(1024))
    expect(cache.get('big')).toBeUndefined()
    expect(cache.size).toBe(0)
  })

  test('keeps a copy of a block that is a view into a larger buffer, not the whole buffer', () => {
    const cache = new BlockCache(1 << 20)
    const pool = new Uint8Array(8192).fill(7)
    cache.set('b', pool.subarray(100, 110))
    const cached = cache.get('b') as Uint8Array
    expect(cached).toEqual(new Uint8Array(10).fill(7))
    expect(cached.buffer.byteLength).toBe(10)
  })

  test('keeps a copy of a Buffer that is a slice of a larger one (Buffer.slice makes no copy)', () => {
    const cache = new BlockCache(1 << 20)
    const pool = Buffer.alloc(8192, 7)
    cache.set('b', pool.subarray(100, 110))
    const cached = cache.get('b') as Uint8Array
    expect(cached).toEqual(new Uint8Array(10).fill(7))
    expect(cached.buffer.byteLength).toBe(10)
    pool.fill(1)
    expect(cached[0]).toBe(7)
  })

  test('keeps a block that owns its buffer as it is', () => {
    const cache = new BlockCache(1 << 20)
    const block = new Uint8Array([1, 2, 3])
    cache.set('b', block)
    expect(cache.get('b')).toBe(block)
  })
})
