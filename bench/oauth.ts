/**
 * @module
 * Benchmark (issue 9): OAuth on our PDS (a child process, SQLite, on loopback).
 *
 * - full sign-in flows: PAR -> sign-in form (password hashing included) -> code -> token, with
 *   DPoP proofs throughout, 2 concurrent browsers: flows/s and server CPU-ms per flow
 * - getRecord with a session JWT vs a DPoP-bound OAuth token (a fresh proof per request, its
 *   jti claimed in the replay store), 8 concurrent clients: req/s and server CPU-ms per request
 *
 * @example
 *   npx tsx bench/oauth.ts --duration 5
 *   npx tsx bench/oauth.ts --duration 5 --only reads --profile   # + where the server's time goes
 */

import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { AtpAgent } from '@atproto/api'
import { RawClient } from '../test/helpers/oauth-raw.js'
import { cleanupAll, installCleanupHandlers } from './lib/children.js'
import { printCpuProfile } from './lib/cpu-profile.js'
import { type LoadResult, runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { withServerCpu } from './lib/proc-stats.js'

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
})
const durationMs = Number(values.duration) * 1000
const phases = new Set((values.only ?? 'signin,reads').split(','))
installCleanupHandlers()
const profileDir = values.profile ? mkdtempSync(join(tmpdir(), 'pds-oauth-profile-')) : undefined
try {
  const plc = await startPlc()
  const ours = await startOurs({
    plcUrl: plc.url,
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  })
  const password = randomBytes(12).toString('hex')
  const handle = `b${randomBytes(5).toString('hex')}.test`
  const agent = new AtpAgent({ service: ours.url })
  await agent.createAccount({ handle, email: `${handle.split('.')[0]}@example.com`, password })
  const redirectUri = 'http://127.0.0.1:9/callback'
  const clientId = `http://localhost?${new URLSearchParams({ redirect_uri: redirectUri, scope: 'atproto transition:generic' })}`
  const newClient = () => new RawClient(ours.url, { clientId, redirectUri })
  const row = (
    name: string,
    r: { result: { opsPerSec: number; ops: number; errors: number; latency: { p50: number } }; cpuMs: number },
  ) =>
    `${name.padEnd(34)} ${r.result.opsPerSec.toFixed(1).padStart(9)}/s  ${(r.cpuMs / Math.max(1, r.result.ops)).toFixed(2).padStart(7)} server CPU-ms/op  p50 ${r.result.latency.p50.toFixed(1)} ms  errors ${r.result.errors}`

  if (phases.has('signin')) {
    const flows = await withServerCpu(ours.pid, () =>
      runLoad({
        workers: 2,
        durationMs,
        op: async () => {
          const app = newClient()
          const { code, verifier } = await app.authorize({ handle, password }, { scope: 'atproto transition:generic' })
          const tokens = await app.exchange(code, verifier)
          if (tokens.status !== 200) throw new Error(JSON.stringify(tokens.body))
          return 1
        },
      }),
    )
    console.log(row('sign-in flow (PAR..token)', flows))
  }

  if (phases.has('reads')) {
    const did = agent.session?.did as string
    const { data: created } = await agent.com.atproto.repo.createRecord({
      repo: did,
      collection: 'app.bsky.feed.post',
      record: { $type: 'app.bsky.feed.post', text: 'bench', createdAt: new Date().toISOString() },
    })
    const rkey = created.uri.split('/').pop() as string
    const query = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post', rkey }).toString()
    const session = agent.session?.accessJwt as string
    const clients = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const app = newClient()
        const { code, verifier } = await app.authorize({ handle, password }, { scope: 'atproto transition:generic' })
        return { app, token: (await app.exchange(code, verifier)).body.access_token as string }
      }),
    )
    const viaJwt = async () => {
      const res = await fetch(`${ours.url}/xrpc/com.atproto.repo.getRecord?${query}`, {
        headers: { authorization: `Bearer ${session}` },
      })
      if (res.status !== 200) throw new Error(`status ${res.status}`)
      await res.arrayBuffer()
      return 1
    }
    const viaDpop = async (_n: number, worker: number) => {
      const { app, token } = clients[worker] as (typeof clients)[number]
      const res = await app.xrpc(token, 'com.atproto.repo.getRecord', { query })
      if (res.status !== 200) throw new Error(`status ${res.status}`)
      return 1
    }
    // @NOTE both warm up first, then take turns (twice each, half the time each), so neither
    // gets the JIT's or the loaded box's better moment alone
    for (const op of [viaJwt, viaDpop]) await runLoad({ workers: 8, durationMs: durationMs / 4, op })
    const rounds: Record<'jwt' | 'dpop', Awaited<ReturnType<typeof measure>>[]> = { jwt: [], dpop: [] }
    const measure = (op: typeof viaDpop) =>
      withServerCpu(ours.pid, () => runLoad({ workers: 8, durationMs: durationMs / 2, op }))
    for (let round = 0; round < 2; round++) {
      rounds.jwt.push(await measure(viaJwt))
      rounds.dpop.push(await measure(viaDpop))
    }
    const jwt = combine(rounds.jwt)
    const dpop = combine(rounds.dpop)
    console.log(row('getRecord, session JWT', jwt))
    console.log(row('getRecord, DPoP OAuth token', dpop))
    const cpu = (r: typeof jwt) => r.cpuMs / Math.max(1, r.result.ops)
    console.log(
      `DPoP / JWT: throughput ${((dpop.result.opsPerSec / jwt.result.opsPerSec) * 100).toFixed(0)}%, server CPU per request ${((cpu(dpop) / cpu(jwt)) * 100).toFixed(0)}%`,
    )
  }
  await ours.stop()
  await plc.stop()
  if (profileDir) printCpuProfile(profileDir, 30)
} finally {
  if (profileDir) rmSync(profileDir, { recursive: true, force: true })
  await cleanupAll()
}

/** Two measured rounds as one: ops and CPU added, throughput over the total time. */
function combine(rounds: { result: LoadResult; cpuMs: number; wallMs: number }[]) {
  const ops = rounds.reduce((n, r) => n + r.result.ops, 0)
  const wallMs = rounds.reduce((n, r) => n + r.wallMs, 0)
  const latencies = rounds.map((r) => r.result.latency.p50).sort((a, b) => a - b)
  return {
    cpuMs: rounds.reduce((n, r) => n + r.cpuMs, 0),
    result: {
      ops,
      opsPerSec: (ops / wallMs) * 1000,
      errors: rounds.reduce((n, r) => n + r.result.errors, 0),
      latency: { p50: latencies[Math.floor(latencies.length / 2)] ?? 0 },
    },
  }
}
