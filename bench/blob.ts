/**
 * @module
 * Benchmark (issue 5): blobs, ours side by side with the reference PDS (@atproto/pds), both on
 * loopback against one PLC directory, both storing blobs on local disk.
 *
 * - uploadBlob throughput for 1 MB and 10 MB blobs (4 concurrent uploaders; each blob's bytes
 *   differ, so neither server can skip storing one): MB/s of request bodies
 * - getBlob throughput for the same sizes (4 concurrent readers of a blob a post references):
 *   MB/s of response bodies read to the end
 * - server peak RSS during one 100 MB upload, and how far above its RSS just before that is:
 *   it must stream, so the rise must not grow with the blob
 *
 * @example
 *   npx tsx bench/blob.ts                 # both servers
 *   npx tsx bench/blob.ts --only ours --rounds 3
 */
import { randomBytes } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { type BenchAccount, createBenchAccount } from './lib/accounts.js'
import { cleanupAll, installCleanupHandlers, type ServerHandle } from './lib/children.js'
import { median } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { sampleRss, tryReadProcStats } from './lib/proc-stats.js'
import { ensureReference, startReference } from './lib/reference.js'
import { xrpc } from './lib/xrpc.js'

const HELP = `Usage: npx tsx bench/blob.ts [options]
  --rounds N       repeats of each throughput figure; figures are medians (default 1)
  --only SIDE      run only 'reference' or 'ours'
  -h, --help`

const MB = 1024 * 1024
const CONCURRENCY = 4
// @NOTE both servers get the same limit, above the 100 MB upload
const ENV = { PDS_BLOB_UPLOAD_LIMIT: String(200 * MB) }
const SIZES = [
  { label: '1 MB', bytes: MB, uploads: 80, reads: 200 },
  { label: '10 MB', bytes: 10 * MB, uploads: 16, reads: 40 },
] as const

interface SideResult {
  side: string
  upload: Record<string, number>
  getBlob: Record<string, number>
  baseRssMb: number
  peakRssMb: number
}

/** `size` bytes that both servers sniff as video/mp4; `seed` makes each blob's bytes differ. */
function mp4(size: number, noise: Buffer, seed: number): Buffer {
  const bytes = Buffer.allocUnsafe(size)
  for (let at = 0; at < size; at += noise.length) noise.copy(bytes, at, 0, Math.min(noise.length, size - at))
  Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypisom'),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from('isomiso2'),
  ]).copy(bytes)
  bytes.writeUInt32BE(seed, 24)
  return bytes
}

async function upload(
  account: BenchAccount,
  body: Buffer,
): Promise<{ ref: { $link: string }; mimeType: string; size: number }> {
  const res = await fetch(`${account.service}/xrpc/com.atproto.repo.uploadBlob`, {
    method: 'POST',
    headers: { authorization: `Bearer ${account.accessJwt}`, 'content-type': 'video/mp4' },
    body,
  })
  const json = (await res.json()) as { blob?: { ref: { $link: string }; mimeType: string; size: number } }
  if (!res.ok || !json.blob) throw new Error(`uploadBlob answered ${res.status}: ${JSON.stringify(json)}`)
  return json.blob
}

async function download(account: BenchAccount, cid: string): Promise<number> {
  const res = await fetch(`${account.service}/xrpc/com.atproto.sync.getBlob?did=${account.did}&cid=${cid}`)
  if (!res.ok) throw new Error(`getBlob answered ${res.status}`)
  let bytes = 0
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.byteLength
  return bytes
}

/** Runs `count` calls of `one` with {@link CONCURRENCY} in flight; resolves with MB/s of `bytesEach`. */
async function throughput(count: number, bytesEach: number, one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) await one(next++)
    }),
  )
  const seconds = (performance.now() - started) / 1000
  return (count * bytesEach) / MB / seconds
}

async function runSide(side: 'reference' | 'ours', plcUrl: string, rounds: number): Promise<SideResult> {
  const server: ServerHandle =
    side === 'ours'
      ? await startOurs({ plcUrl, env: ENV })
      : await startReference(await ensureReference(), { plcUrl, env: ENV })
  try {
    const account = await createBenchAccount(server.url)
    const noise = randomBytes(MB)
    let seed = 0
    const result: SideResult = { side, upload: {}, getBlob: {}, baseRssMb: 0, peakRssMb: 0 }
    for (const size of SIZES) {
      const blobs = Array.from({ length: size.uploads }, () => mp4(size.bytes, noise, seed++))
      const ups: number[] = []
      for (let r = 0; r < rounds; r++) {
        for (const blob of blobs) blob.writeUInt32BE(seed++, 24)
        ups.push(await throughput(size.uploads, size.bytes, (i) => upload(account, blobs[i] as Buffer)))
      }
      result.upload[size.label] = median(ups)

      const blob = await upload(account, mp4(size.bytes, noise, seed++))
      await xrpc(server.url, 'com.atproto.repo.createRecord', {
        token: account.accessJwt,
        body: {
          repo: account.did,
          collection: 'app.bsky.feed.post',
          record: {
            $type: 'app.bsky.feed.post',
            text: `a ${size.label} video`,
            createdAt: new Date().toISOString(),
            embed: { $type: 'app.bsky.embed.video', video: { $type: 'blob', ...blob } },
          },
        },
      })
      await download(account, blob.ref.$link)
      const gets: number[] = []
      for (let r = 0; r < rounds; r++) {
        gets.push(await throughput(size.reads, size.bytes, () => download(account, blob.ref.$link)))
      }
      result.getBlob[size.label] = median(gets)
    }

    const big = mp4(100 * MB, noise, seed++)
    result.baseRssMb = (tryReadProcStats(server.pid)?.rssBytes ?? 0) / MB
    const sampler = sampleRss(server.pid, 20)
    await upload(account, big)
    result.peakRssMb = sampler.stop() / MB
    return result
  } finally {
    await server.stop()
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '1' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const rounds = Number(values.rounds)
  if (!(rounds >= 1)) throw new Error('--rounds must be a positive number')
  const sides = values.only ? [values.only] : ['reference', 'ours']
  if (!sides.every((side) => side === 'reference' || side === 'ours')) {
    throw new Error('--only takes reference or ours')
  }
  installCleanupHandlers()
  const plc = await startPlc()
  const results: SideResult[] = []
  try {
    for (const side of sides as ('reference' | 'ours')[]) {
      console.log(`${side}: uploads and reads of 1 MB and 10 MB blobs, then one 100 MB upload...`)
      results.push(await runSide(side, plc.url, rounds))
    }
  } finally {
    await plc.stop()
    await cleanupAll()
  }
  const labels = SIZES.map((size) => size.label)
  const head = [...labels.map((l) => `upload ${l} MB/s`), ...labels.map((l) => `getBlob ${l} MB/s`)]
  console.log(`\n| server | ${head.join(' | ')} | RSS before 100 MB upload | peak RSS during it |`)
  console.log(`| --- | ${head.map(() => '---').join(' | ')} | --- | --- |`)
  for (const r of results) {
    const cells = [...labels.map((l) => r.upload[l] ?? 0), ...labels.map((l) => r.getBlob[l] ?? 0)]
    console.log(
      `| ${r.side} | ${cells.map((v) => v.toFixed(0)).join(' | ')} | ${r.baseRssMb.toFixed(0)} MB | ${r.peakRssMb.toFixed(0)} MB |`,
    )
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
