import { EventEmitter } from 'node:events'
import http from 'node:http'
import type { LexiconDoc } from '@atproto/lexicon'
import { Subscription } from '@atproto/xrpc-server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

// @NOTE a subscription of our own: the WebSocket path is tested before the firehose exists
const TICKS: LexiconDoc = {
  lexicon: 1,
  id: 'com.example.test.ticks',
  defs: {
    main: {
      type: 'subscription',
      parameters: { type: 'params', properties: { forever: { type: 'boolean' } } },
      message: { schema: { type: 'union', refs: ['#tick'] } },
    },
    tick: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
  },
}

async function startTicking(): Promise<TestServer> {
  const pds = await startTestServer()
  pds.server.xrpc.addLexicon(TICKS)
  pds.server.xrpc.streamMethod(TICKS.id, async function* ({ params, signal }) {
    for (let n = 1; n <= 3 || params.forever; n++) {
      yield { $type: '#tick', n }
      await new Promise((resolve) => setTimeout(resolve, 20))
      if (signal.aborted) return
    }
  })
  return pds
}

function subscribe(pds: TestServer, forever: boolean, signal: AbortSignal) {
  return new Subscription<{ n: number }>({
    service: pds.url.replace('http', 'ws'),
    method: TICKS.id,
    signal,
    getParams: () => ({ forever }),
    validate: (value: unknown) => value as { n: number },
  })
}

describe('xrpc subscriptions over WebSocket', () => {
  let pds: TestServer | undefined
  let abort: AbortController
  beforeEach(() => {
    abort = new AbortController()
  })
  afterEach(async () => {
    abort.abort()
    await pds?.close()
  })

  it('streams messages to a subscriber', async () => {
    pds = await startTicking()
    const seen: number[] = []
    for await (const tick of subscribe(pds, false, abort.signal)) {
      seen.push(tick.n)
      if (seen.length === 3) break
    }
    expect(seen).toEqual([1, 2, 3])
  })

  it('closes promptly while a subscriber is connected', async () => {
    const running = await startTicking()
    pds = running
    const first = new Promise<void>((resolve, reject) => {
      ;(async () => {
        for await (const _tick of subscribe(running, true, abort.signal)) resolve()
      })().catch(reject)
    })
    await first
    const started = Date.now()
    await running.close()
    expect(Date.now() - started).toBeLessThan(1_500)
    pds = undefined
  })

  it('refuses an upgrade to anything but a subscription', async () => {
    pds = await startTicking()
    const events: string[] = []
    await new Promise<void>((resolve) => {
      const socket = new WebSocketProbe(`${pds?.url}/xrpc/com.example.nothing.here`)
      socket.on('done', (what) => {
        events.push(what)
        resolve()
      })
    })
    expect(events).toEqual(['refused'])
  })
})

/** A raw HTTP upgrade request, to see how the server answers without a WebSocket library. */
class WebSocketProbe extends EventEmitter {
  constructor(url: string) {
    super()
    const req = http.request(url, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': Buffer.from('0123456789abcdef').toString('base64'),
      },
    })
    req.on('upgrade', (_res, socket) => {
      socket.destroy()
      this.emit('done', 'upgraded')
    })
    req.on('response', (res) => {
      res.resume()
      this.emit('done', res.statusCode === 404 ? 'refused' : `status ${res.statusCode}`)
    })
    req.on('error', () => this.emit('done', 'refused'))
    req.end()
  }
}
