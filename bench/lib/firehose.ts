/**
 * @module
 * Firehose delivery on a running server: N WebSocket subscribers to
 * `com.atproto.sync.subscribeRepos` (the live tail, no cursor), then one writer creating posts
 * with createRecord, one after the other. For every write and every subscriber: the latency
 * from the moment the commit was first seen (its HTTP response, or its `#commit` at any subscriber,
 * whichever came first) to the `#commit`'s arrival at that subscriber, and
 * the events a subscriber still lacks 10 s after the last write (lost, must be 0), and the
 * server's CPU time per write (the write and its delivery to every subscriber).
 *
 * @example
 *   const r = await measureFirehose(server, { subscribers: 20, writes: 500 })
 *   console.log(r.latency.p99, r.lost)
 */
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { Frame } from '@atproto/xrpc-server'
import { createBenchAccount } from './accounts.js'
import { type ServerHandle, sleep, stopSignal } from './children.js'
import { type Latency, summarize } from './load.js'
import { readProcStats } from './proc-stats.js'
import { xrpc } from './xrpc.js'

/** The part of a `ws` socket used here (`ws` ships no types). */
export interface RawSocket {
  on(event: 'message', cb: (data: Buffer) => void): void
  on(event: 'open' | 'close', cb: () => void): void
  on(event: 'error', cb: (err: Error) => void): void
  on(event: 'unexpected-response', cb: (req: unknown, res: { statusCode?: number }) => void): void
  terminate(): void
}
/** The `ws` WebSocket client. */
export const WebSocket = createRequire(import.meta.url)('ws') as new (url: string) => RawSocket

/** What {@link measureFirehose} measured. */
export interface FirehoseResult {
  subscribers: number
  writes: number
  /** Of every (write, subscriber) pair that arrived. */
  latency: Latency
  delivered: number
  lost: number
  /** The server's CPU time (user + system) over the writes and their delivery, per write. */
  serverCpuMsPerWrite: number
}

/** The subscribeRepos URL of a server. */
export function subscribeReposUrl(server: { url: string }): string {
  return `${server.url.replace(/^http/, 'ws').replace('localhost', '127.0.0.1')}/xrpc/com.atproto.sync.subscribeRepos`
}

/**
 * Opens one subscription; resolves once it is open, rejects with the HTTP status when the
 * upgrade is refused (a per-IP subscriber limit answers 429, say).
 */
export async function openSubscription(url: string, onMessage: (data: Buffer) => void): Promise<RawSocket> {
  const socket = new WebSocket(url)
  socket.on('message', onMessage)
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve)
    socket.on('error', reject)
    socket.on('unexpected-response', (_req, res) => {
      socket.terminate()
      reject(new Error(`subscribeRepos upgrade refused: HTTP ${res.statusCode}`))
    })
  })
  return socket
}

/** Runs the subscribers and the writer on `server` with a fresh account; see the module doc. */
export async function measureFirehose(
  server: ServerHandle,
  opts: { subscribers: number; writes: number },
): Promise<FirehoseResult> {
  const account = await createBenchAccount(server.url)
  const arrivals: Map<string, number>[] = []
  const sockets: RawSocket[] = []
  const url = subscribeReposUrl(server)
  // @NOTE a frame is only timestamped on arrival and decoded after every socket that was ready
  // with it was read: decoding as it comes would add the decoding of the frames of the
  // subscribers read before it to each one's latency (0.06 to 0.1 ms a frame here: up to 20 ms at 200)
  const arrived: { seen: Map<string, number>; at: number; data: Buffer }[] = []
  const decodeArrived = () => {
    for (const { seen, at, data } of arrived.splice(0)) {
      const frame = Frame.fromBytes(new Uint8Array(data))
      if (!frame.isMessage() || frame.header.t !== '#commit') continue
      const body = frame.body as { repo?: string; rev?: string }
      if (body.repo === account.did && body.rev) seen.set(body.rev, at)
    }
  }
  try {
    for (let i = 0; i < opts.subscribers; i++) {
      const seen = new Map<string, number>()
      arrivals.push(seen)
      sockets.push(
        await openSubscription(url, (data) => {
          if (arrived.push({ seen, at: performance.now(), data }) === 1) setImmediate(decodeArrived)
        }),
      )
    }
    await sleep(500)

    const cpuBefore = readProcStats(server.pid).cpuMs
    const responded = new Map<string, number>()
    for (let i = 0; i < opts.writes && !stopSignal.aborted; i++) {
      const out = await xrpc<{ commit?: { rev: string } }>(server.url, 'com.atproto.repo.createRecord', {
        token: account.accessJwt,
        body: {
          repo: account.did,
          collection: 'app.bsky.feed.post',
          record: { $type: 'app.bsky.feed.post', text: `firehose ${i}`, createdAt: new Date().toISOString() },
        },
      })
      const rev = out.commit?.rev
      if (!rev) throw new Error(`${server.name}: createRecord returned no commit rev`)
      responded.set(rev, performance.now())
    }
    const deadline = Date.now() + 10_000
    while (Date.now() < deadline && arrivals.some((seen) => [...responded.keys()].some((rev) => !seen.has(rev)))) {
      await sleep(50)
    }
    const cpuMs = readProcStats(server.pid).cpuMs - cpuBefore
    // @NOTE the clock starts when the commit is first seen: a server that sends the event before
    // its HTTP response would otherwise score 0 however slowly it reached the last subscriber
    const firstSeen = new Map(responded)
    for (const seen of arrivals) {
      for (const [rev, at] of seen) if (at < (firstSeen.get(rev) ?? Number.POSITIVE_INFINITY)) firstSeen.set(rev, at)
    }
    const latencies: number[] = []
    let lost = 0
    for (const seen of arrivals) {
      for (const rev of responded.keys()) {
        const arrived = seen.get(rev)
        if (arrived === undefined) lost++
        else latencies.push(arrived - (firstSeen.get(rev) as number))
      }
    }
    return {
      subscribers: opts.subscribers,
      writes: responded.size,
      latency: summarize(latencies),
      delivered: latencies.length,
      lost,
      serverCpuMsPerWrite: cpuMs / Math.max(1, responded.size),
    }
  } finally {
    for (const socket of sockets) socket.terminate()
  }
}
