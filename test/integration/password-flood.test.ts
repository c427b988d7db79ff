import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashQueue } from '#src/account/hash-queue.js'
import { readConfig } from '#src/config.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe('a login flood', () => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    const bounds = { ...readConfig({}).bounds, passwordHashConcurrency: 2, passwordHashQueueSize: 8 }
    pds = await startTestServer({ config: { bounds } })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  const login = (password: string) =>
    fetch(`${pds.url}/xrpc/com.atproto.server.createSession`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: alice.handle, password }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { error?: string; message?: string } }))

  it('hashes a few at a time, leaves libuv threads for file work, and refuses the excess with 503', async () => {
    const flood = Array.from({ length: 40 }, (_, i) => login(`wrong-${i}`))
    let mostRunning = 0
    let mostWaiting = 0
    const sampler = setInterval(() => {
      mostRunning = Math.max(mostRunning, hashQueue.load.running)
      mostWaiting = Math.max(mostWaiting, hashQueue.load.waiting)
    }, 5)
    const results = await Promise.all(flood)
    clearInterval(sampler)

    const statuses = new Set(results.map((r) => r.status))
    expect([...statuses].every((s) => s === 401 || s === 503)).toBe(true)
    const refused = results.filter((r) => r.status === 503)
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0]?.body).toMatchObject({ error: 'NotEnoughResources', message: expect.stringMatching(/busy/) })
    // @NOTE at most 8 ever waited; the rest were answered at once (how many got a turn depends
    // on how fast hashes finish while the flood arrives, so it is not counted)
    expect(mostWaiting).toBeGreaterThan(0)
    expect(mostWaiting).toBeLessThanOrEqual(8)
    // @NOTE never more than 2 of libuv's 4 threads hash, so file and DNS work always find one
    expect(mostRunning).toBeGreaterThan(0)
    expect(mostRunning).toBeLessThanOrEqual(2)
    // and once the flood is over, the right password works
    expect((await login(alice.password)).status).toBe(200)
  })
})
