/**
 * @module
 * Benchmark (issue 9): OAuth on our PDS and on the reference PDS (@atproto/pds 0.5.35 on
 * Node 22), side by side in one run, each a child process on SQLite and loopback.
 *
 * - full sign-in flows: PAR -> authorize page -> sign-in (password hashing included) ->
 *   consent -> code -> token, with DPoP proofs throughout, 2 concurrent browsers: flows/s and
 *   server CPU-ms per flow. Ours through its HTML forms; the reference through the JSON API
 *   its sign-in page calls (bench/lib/reference-sign-in.ts).
 * - getRecord with a session JWT vs a DPoP-bound OAuth token (a fresh proof per request, its
 *   jti claimed in the replay store), 8 concurrent clients: req/s and server CPU-ms per request
 *
 * @example
 *   npx tsx bench/oauth.ts --duration 5
 *   npx tsx bench/oauth.ts --duration 5 --side ours --only reads --profile   # + where our time goes
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AtpAgent } from '@atproto/api'
import { RawClient } from '../test/helpers/oauth-raw.js'
import { cleanupAll, installCleanupHandlers, type ServerHandle } from './lib/children.js'
import { printCpuProfile } from './lib/cpu-profile.js'
import { type LoadResult, runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { withServerCpu } from './lib/proc-stats.js'
import { ensureReference, startReference } from './lib/reference.js'
import { referenceAuthorize } from './lib/reference-sign-in.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    only: { type: 'string' },
    side: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
})
const durationMs = Number(values.duration) * 1000
const phases = new Set((values.only ?? 'signin,reads').split(','))
const sides = (['reference', 'ours'] as const).filter((s) => !values.side || values.side === s)
const SCOPE = 'atproto transition:generic'
const REDIRECT = 'http://127.0.0.1:9/callback'
const CLIENT_ID = `http://localhost?${new URLSearchParams({ redirect_uri: REDIRECT, scope: SCOPE })}`

/** What one measurement came to. */
interface Figure {
  opsPerSec: number
  cpuMsPerOp: number
  p50: number
  errors: number
}

installCleanupHandlers()
const profileDir = values.profile ? mkdtempSync(join(tmpdir(), 'pds-oauth-profile-')) : undefined
const figures = new Map<string, Partial<Record<(typeof sides)[number], Figure>>>()
const record = (name: string, side: (typeof sides)[number], figure: Figure) => {
  figures.set(name, { ...figures.get(name), [side]: figure })
}
try {
  const plc = await startPlc()
  for (const side of sides) {
    const server =
      side === 'ours'
        ? await startOurs({
            plcUrl: plc.url,
            nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
          })
        : await startReference(await ensureReference(), { plcUrl: plc.url })
    await measure(side, server)
    await server.stop()
  }
  await plc.stop()
  print()
  if (profileDir) printCpuProfile(profileDir, 30)
} finally {
  if (profileDir) rmSync(profileDir, { recursive: true, force: true })
  await cleanupAll()
}

async function measure(side: (typeof sides)[number], server: ServerHandle): Promise<void> {
  const password = randomBytes(12).toString('hex')
  const handle = `b${randomBytes(5).toString('hex')}.test`
  const agent = new AtpAgent({ service: server.url })
  await agent.createAccount({ handle, email: `${handle.split('.')[0]}@example.com`, password })
  const did = agent.session?.did as string
  const account = { did, handle, password }
  const signIn = async () => {
    const app = new RawClient(server.url, { clientId: CLIENT_ID, redirectUri: REDIRECT })
    const { code, verifier } =
      side === 'ours' ? await app.authorize(account, { scope: SCOPE }) : await referenceAuthorize(app, account, SCOPE)
    const tokens = await app.exchange(code, verifier)
    if (tokens.status !== 200) throw new Error(`token: ${JSON.stringify(tokens.body)}`)
    return { app, token: tokens.body.access_token as string }
  }

  if (phases.has('signin')) {
    await runLoad({ workers: 2, durationMs: durationMs / 4, op: async () => (await signIn(), 1) })
    const flows = await withServerCpu(server.pid, () =>
      runLoad({ workers: 2, durationMs, op: async () => (await signIn(), 1) }),
    )
    record('sign-in flow (PAR..token)', side, figure([flows]))
  }

  if (phases.has('reads')) {
    const { data: created } = await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'bench', createdAt: new Date().toISOString() },
    })
    const rkey = created.uri.split('/').pop() as string
    const query = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', rkey }).toString()
    const session = agent.session?.accessJwt as string
    const clients = await Promise.all(Array.from({ length: 8 }, signIn))
    const viaJwt = async () => {
      const res = await fetch(`${server.url}/xrpc/com.atproto.repo.getRecord?${query}`, {
        headers: { authorization: `Bearer ${session}` },
      })
      if (res.status !== 200) throw new Error(`status ${res.status}`)
      await res.arrayBuffer()
      return 1
    }
    const viaDpop = async (_n: number, worker: number) => {
      const { app, token } = clients[worker] as (typeof clients)[number]
      const res = await app.xrpc(token, 'com.atproto.repo.getRecord', { query })
      if (res.status !== 200) throw new Error(`status ${res.status} ${JSON.stringify(res.body)}`)
      return 1
    }
    // @NOTE both warm up first, then take turns (twice each, half the time each), so neither
    // gets the JIT's or the loaded box's better moment alone
    for (const op of [viaJwt, viaDpop]) await runLoad({ workers: 8, durationMs: durationMs / 4, op })
    const rounds = { jwt: [] as Measured[], dpop: [] as Measured[] }
    const once = (op: typeof viaDpop) =>
      withServerCpu(server.pid, () => runLoad({ workers: 8, durationMs: durationMs / 2, op }))
    for (let round = 0; round < 2; round++) {
      rounds.jwt.push(await once(viaJwt))
      rounds.dpop.push(await once(viaDpop))
    }
    record('getRecord, session JWT', side, figure(rounds.jwt))
    record('getRecord, DPoP OAuth token', side, figure(rounds.dpop))
  }
}

type Measured = { result: LoadResult; cpuMs: number; wallMs: number }

/** Measured rounds as one figure: ops and CPU added, throughput over the total time. */
function figure(rounds: Measured[]): Figure {
  const failed = rounds.find((r) => r.result.firstError !== undefined)
  if (failed) console.error('first error:', failed.result.firstError)
  const ops = rounds.reduce((n, r) => n + r.result.ops, 0)
  const wallMs = rounds.reduce((n, r) => n + r.wallMs, 0)
  const p50s = rounds.map((r) => r.result.latency.p50).sort((a, b) => a - b)
  return {
    opsPerSec: (ops / wallMs) * 1000,
    cpuMsPerOp: rounds.reduce((n, r) => n + r.cpuMs, 0) / Math.max(1, ops),
    p50: p50s[Math.floor(p50s.length / 2)] ?? 0,
    errors: rounds.reduce((n, r) => n + r.result.errors, 0),
  }
}

function print(): void {
  const cell = (f: Figure | undefined) =>
    f
      ? `${f.opsPerSec.toFixed(1).padStart(8)}/s ${f.cpuMsPerOp.toFixed(2).padStart(7)} CPU-ms  p50 ${f.p50.toFixed(0).padStart(4)} ms${f.errors ? ` errors ${f.errors}` : ''}`
      : '-'.padEnd(40)
  console.log(
    `${''.padEnd(30)} ${sides.map((s) => s.padEnd(42)).join(' ')}${sides.length === 2 ? 'ours/ref CPU per op' : ''}`,
  )
  for (const [name, bySide] of figures) {
    const ratio =
      bySide.ours && bySide.reference
        ? `${((bySide.ours.cpuMsPerOp / bySide.reference.cpuMsPerOp) * 100).toFixed(0)}%`
        : ''
    console.log(`${name.padEnd(30)} ${sides.map((s) => cell(bySide[s]).padEnd(42)).join(' ')}${ratio}`)
  }
  for (const side of sides) {
    const jwt = figures.get('getRecord, session JWT')?.[side]
    const dpop = figures.get('getRecord, DPoP OAuth token')?.[side]
    if (jwt && dpop) {
      console.log(
        `${side}: DPoP / JWT throughput ${((dpop.opsPerSec / jwt.opsPerSec) * 100).toFixed(0)}%, server CPU per request ${((dpop.cpuMsPerOp / jwt.cpuMsPerOp) * 100).toFixed(0)}%`,
      )
    }
  }
}
