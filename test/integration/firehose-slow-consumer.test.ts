import { createRequire } from 'node:module'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readLimitsConfig } from '#src/config-limits.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { FirehoseClient } from '../helpers/firehose.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const MB = 1024 * 1024
const COLLECTION = 'com.example.note'
const MAX_LAG = 2 * MB

// @NOTE a forced collection before each measurement makes "what is retained" visible, not what awaits GC
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

interface RawSocket {
  on(event: 'open' | 'message', cb: () => void): void
  on(event: 'close', cb: (code: number) => void): void
  on(event: 'error', cb: (err: Error) => void): void
  pause(): void
  resume(): void
  terminate(): void
}
// @NOTE `ws` ships no types and @types/ws is not installed; this is the little we use
const WebSocket = createRequire(import.meta.url)('ws') as new (url: string) => RawSocket

/** A subscriber that only counts what it gets: the test process must not hold the frames it measures. */
async function countingReader(pds: TestServer) {
  const socket = new WebSocket(`${pds.url.replace(/^http/, 'ws')}/xrpc/com.atproto.sync.subscribeRepos`)
  const reader = { socket, received: 0, closed: undefined as number | undefined }
  socket.on('message', () => {
    reader.received++
  })
  socket.on('close', (code) => {
    reader.closed = code
  })
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve)
    socket.on('error', reject)
  })
  return reader
}

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await sleep(10)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function retained(): number {
  gc()
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}

/** Writes `commits` commits of five 100 KB records each (about 0.5 MB a commit). */
async function writeCommits(
  pds: TestServer,
  account: TestAccount,
  commits: number,
  tag: string,
  onEach?: () => Promise<void> | void,
) {
  const keypair = await pds.ctx.accounts.signingKey(account.did)
  for (let i = 0; i < commits; i++) {
    const writes = Array.from({ length: 5 }, (_, j) => ({
      action: 'create' as const,
      collection: COLLECTION,
      record: { $type: COLLECTION, text: `${tag}.${i}.${j}.${'x'.repeat(100_000)}` },
    }))
    await pds.ctx.repos.applyWrites({ did: account.did, keypair, writes, validate: false })
    await onEach?.()
  }
}

describe.each(dialects())('a firehose reader that stops reading (%s)', (dialect) => {
  let pds: TestServer
  let quick: TestServer
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    const config = { limits: readLimitsConfig({ PDS_FIREHOSE_MAX_LAG_BYTES: String(MAX_LAG) }) }
    // @NOTE the default grace (10 s) lets a reader that resumes read its way to ConsumerTooSlow;
    // a short one lets the other test see a reader that never resumes lose its socket
    pds = await startTestServer({ dialect, config })
    quick = await startTestServer({ dialect, config, firehose: { slowConsumerGraceMs: 1_500 }, plcUrl: pds.plcUrl })
    alice = await signUp(pds)
    bob = await signUp(quick)
  })
  afterAll(async () => {
    await quick?.close()
    await pds?.close()
  })

  it('is cut with ConsumerTooSlow once it falls a bounded number of bytes behind', async () => {
    const sub = await FirehoseClient.connect(pds.url)
    try {
      sub.pause()
      // @NOTE about 10 MB: five times the bound, far from the 10,000-frame window
      await writeCommits(pds, alice, 20, 'cut')
      sub.resume()
      const closed = await sub.waitClosed()
      expect(closed.code).toBe(1008)
      expect(sub.frames.at(-1)).toEqual({ kind: 'error', error: 'ConsumerTooSlow', message: expect.any(String) })
      expect(sub.messages.length).toBeLessThan(20)
    } finally {
      sub.close()
    }
  })

  it('reads every event once and in order after a pause within the bound', async () => {
    const sub = await FirehoseClient.connect(pds.url)
    try {
      sub.pause()
      // @NOTE about 1.5 MB: under the bound, but enough that some frames may wait for the socket to drain
      await writeCommits(pds, alice, 3, 'pause')
      sub.resume()
      await sub.waitFor((frames) => frames.length >= 3)
      await sleep(200)
      const seqs = sub.messages.map((m) => m.body.seq as number)
      expect(sub.closed).toBeUndefined()
      expect(sub.messages.map((m) => m.type)).toEqual(['#commit', '#commit', '#commit'])
      expect(seqs).toEqual([seqs[0], (seqs[0] as number) + 1, (seqs[0] as number) + 2])
    } finally {
      sub.close()
    }
  })

  it('is cut while paused, and the server stays flat while 50 MB of commits flow', { timeout: 120_000 }, async () => {
    // @NOTE a reader that keeps up, so the window stays in use during the whole run
    const healthy = await countingReader(quick)
    const stuck = await countingReader(quick)
    try {
      stuck.socket.pause()
      let written = 0
      let rssPeak = 0
      // @NOTE the writer waits for the healthy reader (in this same process) so that one never falls behind
      const lockstep = async () => {
        written++
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss)
        await until(() => healthy.received >= written, 10_000)
      }
      // @NOTE about 50 MB first, so the repo's block cache (32 MiB) is full before measuring
      await writeCommits(quick, bob, 100, 'warm-up', lockstep)
      const rssBefore = process.memoryUsage().rss
      const retainedBefore = retained()
      rssPeak = rssBefore
      await writeCommits(quick, bob, 100, 'flow', lockstep)
      const retainedGrowth = retained() - retainedBefore
      const rssGrowth = rssPeak - rssBefore
      // @NOTE the stuck reader never read: the server cut it and destroyed its socket after the grace period
      await until(() => quick.ctx.limits.subscriptions.total === 1, 15_000)
      stuck.socket.resume()
      await until(() => stuck.closed !== undefined, 10_000)
      expect(stuck.received).toBeLessThan(40)
      console.info(
        `slow consumer (${dialect}): 50 MB of commits while a reader was paused: ` +
          `RSS peak +${(rssGrowth / MB).toFixed(1)} MB, retained +${(retainedGrowth / MB).toFixed(1)} MB`,
      )
      // @NOTE before the bound, every one of those 50 MB of frames stayed in memory (and RSS grew by 135 MB)
      expect(retainedGrowth).toBeLessThan(40 * MB)
      expect(rssGrowth).toBeLessThan(96 * MB)
      expect(healthy.closed).toBeUndefined()
    } finally {
      healthy.socket.terminate()
      stuck.socket.terminate()
    }
  })
})
