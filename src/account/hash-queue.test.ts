import { describe, expect, it } from 'vitest'
import { BoundedQueue } from './hash-queue.js'

describe('BoundedQueue', () => {
  it('runs at most `concurrency` jobs, queues up to `maxQueued`, refuses the rest at once', async () => {
    const queue = new BoundedQueue({ concurrency: 2, maxQueued: 2 })
    let running = 0
    let most = 0
    const job = () =>
      queue.run(async () => {
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, 20))
        running--
        return 'done'
      })
    const results = await Promise.allSettled([job(), job(), job(), job(), job()])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected'])
    expect((results[4] as PromiseRejectedResult).reason).toMatchObject({ type: 503, error: 'NotEnoughResources' })
    expect(most).toBe(2)
    expect(queue.load).toEqual({ running: 0, waiting: 0 })
  })

  it('frees the slot of a job that fails', async () => {
    const queue = new BoundedQueue({ concurrency: 1, maxQueued: 0 })
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await queue.run(async () => 1)).toBe(1)
  })
})
