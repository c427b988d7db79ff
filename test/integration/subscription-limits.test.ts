import { createRequire } from 'node:module'
import net from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readLimitsConfig } from '#src/config-limits.js'
import { dialects } from '../helpers/db.js'
import { startLimitedServer } from '../helpers/limits.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

interface RawSocket {
  on(event: 'open', cb: () => void): void
  on(event: 'close', cb: (code: number) => void): void
  on(event: 'error', cb: (err: Error) => void): void
  on(event: 'unexpected-response', cb: (req: unknown, res: UpgradeResponse) => void): void
  send(data: Uint8Array): void
  terminate(): void
}
interface UpgradeResponse {
  statusCode: number
  on(event: 'data', cb: (chunk: Buffer) => void): void
  on(event: 'end', cb: () => void): void
}
// @NOTE `ws` ships no types and @types/ws is not installed; this is the little we use
const WebSocket = createRequire(import.meta.url)('ws') as new (
  url: string,
  opts: { headers: Record<string, string> },
) => RawSocket

type Outcome = { open: RawSocket } | { refused: number; body: { error?: string; message?: string } }

/** Opens subscribeRepos as `ip` (through the trusted loopback proxy); resolves once open or refused. */
function subscribe(pds: TestServer, ip: string): Promise<Outcome> {
  const url = `${pds.url.replace(/^http/, 'ws')}/xrpc/com.atproto.sync.subscribeRepos`
  const socket = new WebSocket(url, { headers: { 'x-forwarded-for': ip } })
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve({ open: socket }))
    socket.on('unexpected-response', (_req, res) => {
      let text = ''
      res.on('data', (chunk) => {
        text += chunk.toString()
      })
      res.on('end', () => resolve({ refused: res.statusCode, body: JSON.parse(text || '{}') }))
    })
    socket.on('error', reject)
  })
}

function opened(outcome: Outcome): RawSocket {
  if (!('open' in outcome)) throw new Error(`refused with ${outcome.refused}: ${JSON.stringify(outcome.body)}`)
  return outcome.open
}

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.each(dialects())('subscription caps (%s)', (dialect) => {
  let pds: TestServer
  const sockets: RawSocket[] = []

  beforeAll(async () => {
    pds = await startTestServer({
      dialect,
      config: {
        limits: readLimitsConfig({
          PDS_FIREHOSE_MAX_SUBSCRIBERS_PER_IP: '2',
          PDS_FIREHOSE_MAX_SUBSCRIBERS: '3',
          PDS_WEBSOCKET_MAX_PAYLOAD: '1024',
          PDS_IP_DENY: '2001:db8:bad::/48',
        }),
      },
    })
  })
  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.terminate()
    await until(() => pds.ctx.limits.subscriptions.total === 0)
  })
  afterAll(() => pds?.close())

  it('admits a few subscribers per IP and answers the next with 429', async () => {
    sockets.push(opened(await subscribe(pds, '198.51.100.1')))
    sockets.push(opened(await subscribe(pds, '198.51.100.1')))
    const third = await subscribe(pds, '198.51.100.1')
    expect(third).toMatchObject({
      refused: 429,
      body: { error: 'RateLimitExceeded', message: expect.stringContaining('from your IP address') },
    })
    // @NOTE another IP still gets in, and a closed subscription gives its place back
    sockets.push(opened(await subscribe(pds, '198.51.100.2')))
    sockets.shift()?.terminate()
    await until(() => pds.ctx.limits.subscriptions.total === 2)
    sockets.push(opened(await subscribe(pds, '198.51.100.1')))
  })

  it('admits a bounded number of subscribers in total', async () => {
    for (const ip of ['198.51.100.11', '2001:db8::12', '198.51.100.13']) sockets.push(opened(await subscribe(pds, ip)))
    const fourth = await subscribe(pds, '198.51.100.14')
    expect(fourth).toMatchObject({ refused: 429, body: { message: expect.stringContaining('most subscribers') } })
  })

  it('applies the IP rules to upgrades', async () => {
    expect(await subscribe(pds, '2001:db8:bad::1')).toMatchObject({ refused: 403, body: { error: 'Forbidden' } })
  })

  it('closes a subscription whose client sends a frame over the payload limit', async () => {
    const socket = opened(await subscribe(pds, '198.51.100.21'))
    sockets.push(socket)
    const closed = new Promise<number>((resolve) => socket.on('close', resolve))
    socket.send(new Uint8Array(100))
    socket.send(new Uint8Array(2048))
    // @NOTE 1009: message too big
    expect(await closed).toBe(1009)
  })
})

describe('subscription upgrades and the global rate limit', () => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startLimitedServer('sqlite', 'memory', { PDS_RATE_LIMIT_GLOBAL: '1/1m' })
  })
  afterAll(() => pds?.close())

  it('survive clients that reset the connection while they are being admitted', async () => {
    const redisBacked = await startLimitedServer('sqlite', 'redis', {})
    try {
      const { port } = new URL(redisBacked.url)
      for (let i = 0; i < 20; i++) {
        const socket = net.connect(Number(port), '127.0.0.1')
        await new Promise((resolve) => socket.once('connect', resolve))
        socket.write(
          'GET /xrpc/com.atproto.sync.subscribeRepos HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n' +
            'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
        )
        // @NOTE an RST while the Redis round trip of the admission is in flight
        await new Promise((resolve) => setTimeout(resolve, i % 3))
        socket.resetAndDestroy()
      }
      await until(() => redisBacked.ctx.limits.subscriptions.total === 0)
      expect((await fetch(`${redisBacked.url}/xrpc/_health`)).status).toBe(200)
    } finally {
      await redisBacked.close()
    }
  })

  it('count against the client IP budget', async () => {
    const first = opened(await subscribe(pds, '198.51.100.31'))
    try {
      expect(await subscribe(pds, '198.51.100.31')).toMatchObject({
        refused: 429,
        body: { error: 'RateLimitExceeded' },
      })
    } finally {
      first.terminate()
    }
  })
})
