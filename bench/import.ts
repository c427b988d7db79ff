/**
 * @module
 * Benchmark (issue 12): com.atproto.repo.importRepo of large repos, ours side by side with the
 * reference PDS (@atproto/pds), both on loopback against one PLC directory. Each import is a
 * move: the bench holds a did:plc of its own (its key signs the repo), creates the account on
 * the server with a service JWT, then streams a generated CAR to importRepo without holding it
 * in memory.
 *
 * - big: records of ~1 MB each, about 1 GiB in all (`--big-mb`)
 * - many: many small records (`--many`), so the block count is high
 *
 * For each: import time, server CPU, server RSS before, and the peak during the import.
 *
 * @example
 *   npx tsx bench/import.ts                    # both servers, 1 GiB and 100,000 records
 *   npx tsx bench/import.ts --only ours --big-mb 256 --many 20000
 */
import http from 'node:http'
import { parseArgs } from 'node:util'
import { TID } from '@atproto/common'
import { type Keypair, Secp256k1Keypair } from '@atproto/crypto'
import { BlockMap, MemoryBlockstore, MST, signCommit } from '@atproto/repo'
import { createServiceJwt } from '@atproto/xrpc-server'
import { encode as cborEncode } from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { PlcClient } from '../src/identity/plc-client.js'
import { createGenesisOperation } from '../src/identity/plc-operation.js'
import { carBlocks, carHeader } from '../src/repo/car.js'
import { cleanupAll, installCleanupHandlers, type ServerHandle } from './lib/children.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { sampleRss, tryReadProcStats, withServerCpu } from './lib/proc-stats.js'
import { ensureReference, startReference } from './lib/reference.js'

const HELP = `Usage: npx tsx bench/import.ts [options]
  --only SIDE      run only 'reference' or 'ours'
  --big-mb N       size of the big repo in MiB, records of ~1 MB (default 1024)
  --many N         records of the many-records repo (default 100000)
  -h, --help`

const MB = 1024 * 1024
const COLLECTION = 'com.example.bench.blob'
const DAG_CBOR = 0x71
// @NOTE both servers get limits above the biggest import
const ENV = { PDS_REPO_IMPORT_LIMIT: String(8192 * MB), PDS_BLOB_UPLOAD_LIMIT: String(8192 * MB) }

interface RepoPlan {
  label: string
  records: number
  /** Bytes of each record's `data` field. */
  dataBytes: number
}

interface Figure {
  label: string
  carMb: number
  blocks: number
  seconds?: number
  cpuS?: number
  baseRssMb?: number
  peakRssMb?: number
  error?: string
}

/** A record's bytes, made again whenever needed so no repo is ever held whole. */
function recordBytes(i: number, dataBytes: number): Uint8Array {
  const data = new Uint8Array(dataBytes)
  for (let at = 0; at < dataBytes; at += 4) data[at] = (i + at) & 255
  // @NOTE a fixed-width index keeps every record the same size, so the CAR's length is known up front
  return cborEncode({ $type: COLLECTION, index: String(i).padStart(10, '0'), data })
}

async function cidOf(bytes: Uint8Array): Promise<CID> {
  return CID.createV1(DAG_CBOR, await sha256.digest(bytes))
}

/** The plan of a CAR: the commit, the MST nodes, and the record CIDs by index. */
async function planCar(did: string, key: Keypair, plan: RepoPlan) {
  const storage = new MemoryBlockstore()
  let tree = await MST.create(storage)
  const cids: CID[] = []
  for (let i = 0; i < plan.records; i++) {
    const cid = await cidOf(recordBytes(i, plan.dataBytes))
    cids.push(cid)
    tree = await tree.add(`${COLLECTION}/${TID.nextStr()}`, cid as never)
  }
  const data = await tree.getPointer()
  const { blocks: nodes } = await tree.getUnstoredBlocks()
  const commit = await signCommit({ did, version: 3, rev: TID.nextStr(), prev: null, data }, key)
  const head = new BlockMap()
  const commitCid = await head.add(commit)
  head.addMap(nodes)
  return { root: commitCid.toString(), head, cids }
}

/** The CAR, as chunks: header, commit and nodes, then each record made again. */
async function* carChunks(planned: Awaited<ReturnType<typeof planCar>>, plan: RepoPlan): AsyncGenerator<Uint8Array> {
  yield carHeader([planned.root])
  const head: { cid: CID; bytes: Uint8Array }[] = []
  planned.head.forEach((bytes, cid) => {
    head.push({ cid: cid as unknown as CID, bytes })
  })
  yield carBlocks(head)
  for (let i = 0; i < plan.records; i++) {
    yield carBlocks([{ cid: planned.cids[i] as CID, bytes: recordBytes(i, plan.dataBytes) }])
  }
}

async function carLength(planned: Awaited<ReturnType<typeof planCar>>, plan: RepoPlan): Promise<number> {
  let total = 0
  for await (const chunk of carChunks(planned, { ...plan, records: 0 })) total += chunk.byteLength
  const one = carBlocks([{ cid: planned.cids[0] as CID, bytes: recordBytes(0, plan.dataBytes) }]).byteLength
  return total + one * plan.records
}

/** A did:plc the bench controls, its PDS the server; an account for it there, created with a service JWT. */
async function movedAccount(server: ServerHandle, plcUrl: string) {
  const key = await Secp256k1Keypair.create()
  const name = `i${Math.random().toString(36).slice(2, 10)}`
  const handle = `${name}.test`
  const { did, operation } = await createGenesisOperation(
    { signingKey: key.did(), handle, pdsEndpoint: server.url, rotationKeys: [key.did()] },
    key,
  )
  await new PlcClient(plcUrl).sendOperation(did, operation)
  const described = (await (await fetch(`${server.url}/xrpc/com.atproto.server.describeServer`)).json()) as {
    did: string
  }
  const jwt = await createServiceJwt({
    iss: did,
    aud: described.did,
    lxm: 'com.atproto.server.createAccount',
    keypair: key,
  })
  const res = await fetch(`${server.url}/xrpc/com.atproto.server.createAccount`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}` },
    body: JSON.stringify({ did, handle, email: `${name}@example.com`, password: `pw-${name}-secret` }),
  })
  const body = (await res.json()) as { accessJwt?: string; message?: string }
  if (!res.ok || !body.accessJwt) throw new Error(`createAccount answered ${res.status}: ${body.message}`)
  return { did, key, accessJwt: body.accessJwt }
}

/** Streams the CAR to importRepo with its Content-Length, as the Lexicon asks. */
function postCar(url: string, token: string, length: number, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/xrpc/com.atproto.repo.importRepo`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/vnd.ipld.car',
          'content-length': String(length),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (chunk) => {
          text += chunk
        })
        res.on('end', () =>
          res.statusCode === 200
            ? resolve()
            : reject(new Error(`importRepo answered ${res.statusCode}: ${text || JSON.stringify(res.headers)}`)),
        )
      },
    )
    req.on('error', reject)
    void (async () => {
      try {
        for await (const chunk of chunks) {
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r))
        }
        req.end()
      } catch (err) {
        req.destroy(err as Error)
      }
    })()
  })
}

async function runSide(side: 'reference' | 'ours', plcUrl: string, plans: RepoPlan[]): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const plan of plans) {
    const server =
      side === 'ours'
        ? await startOurs({ plcUrl, env: ENV })
        : await startReference(await ensureReference(), { plcUrl, env: ENV })
    try {
      const account = await movedAccount(server, plcUrl)
      const planned = await planCar(account.did, account.key, plan)
      const length = await carLength(planned, plan)
      const figure: Figure = { label: plan.label, carMb: length / MB, blocks: plan.records + planned.head.size }
      figure.baseRssMb = (tryReadProcStats(server.pid)?.rssBytes ?? 0) / MB
      const sampler = sampleRss(server.pid, 50)
      try {
        const cost = await withServerCpu(server.pid, () =>
          postCar(server.url, account.accessJwt, length, carChunks(planned, plan)),
        )
        figure.seconds = cost.wallMs / 1000
        figure.cpuS = cost.cpuMs / 1000
      } catch (err) {
        figure.error = (err as Error).message.slice(0, 160)
      }
      figure.peakRssMb = sampler.stop() / MB
      figures.push(figure)
      console.log(`  ${side} ${plan.label}: ${figure.error ?? `${figure.seconds?.toFixed(1)} s`}`)
    } finally {
      await server.stop()
    }
  }
  return figures
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      'big-mb': { type: 'string', default: '1024' },
      many: { type: 'string', default: '100000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const bigMb = Number(values['big-mb'])
  const many = Number(values.many)
  const plans: RepoPlan[] = [
    { label: `big (${bigMb} records of 1 MB)`, records: bigMb, dataBytes: 1_000_000 },
    { label: `many (${many} records of 100 B)`, records: many, dataBytes: 100 },
  ]
  const sides = values.only ? [values.only] : ['reference', 'ours']
  if (!sides.every((side) => side === 'reference' || side === 'ours')) throw new Error('--only takes reference or ours')
  installCleanupHandlers()
  const plc = await startPlc()
  const results = new Map<string, Figure[]>()
  try {
    for (const side of sides as ('reference' | 'ours')[]) {
      console.log(`${side}: importRepo of ${plans.map((p) => p.label).join(' and ')}...`)
      results.set(side, await runSide(side, plc.url, plans))
    }
  } finally {
    await plc.stop()
    await cleanupAll()
  }
  console.log('\n| repo | server | CAR | blocks | time | server CPU | RSS before | peak RSS during |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [i, plan] of plans.entries()) {
    for (const [side, figures] of results) {
      const f = figures[i] as Figure
      const cells = f.error
        ? [`failed: ${f.error}`, '', '', '']
        : [
            `${f.seconds?.toFixed(1)} s`,
            `${f.cpuS?.toFixed(1)} s`,
            `${f.baseRssMb?.toFixed(0)} MB`,
            `${f.peakRssMb?.toFixed(0)} MB`,
          ]
      console.log(`| ${plan.label} | ${side} | ${f.carMb.toFixed(0)} MB | ${f.blocks} | ${cells.join(' | ')} |`)
    }
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
