import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '#src/logger.js'
import { Crawlers } from '#src/sequencer/crawlers.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

/** A relay stand-in on loopback: records requestCrawl calls and answers with `statuses` in turn (then 200). */
async function startRelay(statuses: number[] = []) {
  const calls: { path: string; body: unknown }[] = []
  const waiters = new Set<() => void>()
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
    })
    req.on('end', () => {
      calls.push({ path: req.url ?? '', body: body ? JSON.parse(body) : undefined })
      res.statusCode = statuses.shift() ?? 200
      res.end('{}')
      for (const waiter of [...waiters]) waiter()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    waitForCalls(n: number) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`relay: ${calls.length} of ${n} calls`)), 10_000)
        const check = () => {
          if (calls.length < n) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve()
        }
        waiters.add(check)
        check()
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const logger = createLogger({ logLevel: 'silent' })

describe('requestCrawl to the configured relays', () => {
  let pds: TestServer | undefined
  let relay: Awaited<ReturnType<typeof startRelay>> | undefined
  afterEach(async () => {
    await pds?.close()
    await relay?.close()
    pds = undefined
    relay = undefined
  })

  it('is sent when the server starts listening', async () => {
    const started = await startRelay()
    relay = started
    pds = await startTestServer({ config: { crawlers: [started.url] } })
    await started.waitForCalls(1)
    expect(started.calls).toEqual([{ path: '/xrpc/com.atproto.sync.requestCrawl', body: { hostname: 'localhost' } }])
  })

  it('is retried with back-off until the relay accepts it', async () => {
    const started = await startRelay([503, 500])
    relay = started
    const crawlers = new Crawlers({ hostname: 'pds.example', crawlers: [started.url], logger, retryBaseMs: 20 })
    try {
      const before = Date.now()
      crawlers.notify()
      await started.waitForCalls(3)
      // @NOTE 20 ms, then 40 ms
      expect(Date.now() - before).toBeGreaterThanOrEqual(55)
      expect(started.calls.map((call) => call.body)).toEqual(Array(3).fill({ hostname: 'pds.example' }))
    } finally {
      crawlers.close()
    }
  })

  it('is sent again on activity only after a quiet spell', async () => {
    const started = await startRelay()
    relay = started
    const crawlers = new Crawlers({ hostname: 'pds.example', crawlers: [started.url], logger, quietMs: 200 })
    try {
      crawlers.notify()
      await started.waitForCalls(1)
      crawlers.onActivity()
      await new Promise((resolve) => setTimeout(resolve, 250))
      expect(started.calls).toHaveLength(1)
      crawlers.onActivity()
      await started.waitForCalls(2)
    } finally {
      crawlers.close()
    }
  })
})
