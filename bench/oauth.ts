/**
 * @module
 * Benchmark (issue 9): OAuth on our PDS (a child process, SQLite, on loopback).
 *
 * - full sign-in flows: PAR -> sign-in form (password hashing included) -> code -> token, with
 *   DPoP proofs throughout, 2 concurrent browsers: flows/s and server CPU-ms per flow
 * - getSession with a session JWT vs a DPoP-bound OAuth token (a fresh proof per request, its
 *   jti recorded in the database), 8 concurrent clients: req/s and server CPU-ms per request
 *
 * Not side by side with the reference PDS yet: its sign-in is a script-driven page.
 *
 * @example
 *   npx tsx bench/oauth.ts --duration 5
 */
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { AtpAgent } from '@atproto/api'
import { RawClient } from '../test/helpers/oauth-raw.js'
import { cleanupAll, installCleanupHandlers } from './lib/children.js'
import { runLoad } from './lib/load.js'
import { startOurs } from './lib/ours.js'
import { startPlc } from './lib/plc.js'
import { withServerCpu } from './lib/proc-stats.js'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' } } })
const durationMs = Number(values.duration) * 1000
installCleanupHandlers()
try {
  const plc = await startPlc()
  const ours = await startOurs({ plcUrl: plc.url })
  const password = randomBytes(12).toString('hex')
  const handle = `b${randomBytes(5).toString('hex')}.test`
  const agent = new AtpAgent({ service: ours.url })
  await agent.createAccount({ handle, email: `${handle.split('.')[0]}@example.com`, password })
  const redirectUri = 'http://127.0.0.1:9/callback'
  const clientId = `http://localhost?${new URLSearchParams({ redirect_uri: redirectUri, scope: 'atproto transition:generic' })}`
  const newClient = () => new RawClient(ours.url, { clientId, redirectUri })

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

  const session = agent.session?.accessJwt as string
  const jwt = await withServerCpu(ours.pid, () =>
    runLoad({
      workers: 8,
      durationMs,
      op: async () => {
        const res = await fetch(`${ours.url}/xrpc/com.atproto.server.getSession`, {
          headers: { authorization: `Bearer ${session}` },
        })
        if (res.status !== 200) throw new Error(`status ${res.status}`)
        await res.arrayBuffer()
        return 1
      },
    }),
  )

  const clients = await Promise.all(
    Array.from({ length: 8 }, async () => {
      const app = newClient()
      const { code, verifier } = await app.authorize({ handle, password }, { scope: 'atproto transition:generic' })
      return { app, token: (await app.exchange(code, verifier)).body.access_token as string }
    }),
  )
  const dpop = await withServerCpu(ours.pid, () =>
    runLoad({
      workers: 8,
      durationMs,
      op: async (_n, worker) => {
        const { app, token } = clients[worker] as (typeof clients)[number]
        const res = await app.xrpc(token, 'com.atproto.server.getSession')
        if (res.status !== 200) throw new Error(`status ${res.status}`)
        return 1
      },
    }),
  )

  const row = (name: string, r: typeof jwt) =>
    `${name.padEnd(34)} ${r.result.opsPerSec.toFixed(1).padStart(9)}/s  ${(r.cpuMs / Math.max(1, r.result.ops)).toFixed(2).padStart(7)} server CPU-ms/op  p50 ${r.result.latency.p50.toFixed(1)} ms  errors ${r.result.errors}`
  console.log(row('sign-in flow (PAR..token)', flows))
  console.log(row('getSession, session JWT', jwt))
  console.log(row('getSession, DPoP OAuth token', dpop))
  console.log(`DPoP / JWT throughput: ${((dpop.result.opsPerSec / jwt.result.opsPerSec) * 100).toFixed(0)}%`)
} finally {
  await cleanupAll()
}
