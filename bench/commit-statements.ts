/**
 * @module
 * The SQLite statements one createRecord runs through HTTP, with the CPU spent inside each
 * (better-sqlite3's synchronous call, so SQLite's own work and the commit's fsync), per call.
 * A server in this process on a fresh SQLite file, one writer (or `--writers N` concurrent ones,
 * each on its own account, where group commit shares transactions), after a warm-up.
 *
 * @NOTE the CPU is the process's (`process.cpuUsage`), so V8's helper threads running during
 * a statement are charged to it: compare statements with each other, and counts exactly
 * @example
 *   npx tsx bench/commit-statements.ts
 *   npx tsx bench/commit-statements.ts --calls 1000
 *   npx tsx bench/commit-statements.ts --writers 8
 */
import Database from 'better-sqlite3'
import { signUp } from '../test/helpers/accounts.js'
import { startTestServer } from '../test/helpers/test-server.js'

const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? fallback : Number(process.argv[i + 1])
}
const calls = option('--calls', 400)
const writers = option('--writers', 1)

const spent = new Map<string, { runs: number; micros: number }>()
let counting = false
// @NOTE every statement Kysely runs is prepared through here (the server's statement cache included)
const proto = Database.prototype as unknown as { prepare(sql: string): Record<string, unknown> }
const prepare = proto.prepare
proto.prepare = function (this: unknown, sql: string) {
  const statement = prepare.call(this, sql)
  for (const method of ['run', 'all', 'get', 'iterate']) {
    const call = statement[method] as (...args: unknown[]) => unknown
    statement[method] = function (this: unknown, ...args: unknown[]) {
      if (!counting) return call.apply(this, args)
      const start = process.cpuUsage()
      try {
        return call.apply(this, args)
      } finally {
        const cpu = process.cpuUsage(start)
        const key = shape(sql)
        const entry = spent.get(key) ?? { runs: 0, micros: 0 }
        entry.runs++
        entry.micros += cpu.user + cpu.system
        spent.set(key, entry)
      }
    }
  }
  return statement
}

/** The statement with its lists of placeholders (rows of VALUES, IN lists) folded, so counts group. */
function shape(sql: string): string {
  return sql.replace(/\((\?, )*\?\)(, \((\?, )*\?\))*/g, '(…)')
}

const pds = await startTestServer()
try {
  const accounts = await Promise.all(Array.from({ length: writers }, () => signUp(pds)))
  const create = async (account: (typeof accounts)[number], n: number) => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${account.agent.session?.accessJwt}` }
    const record = { $type: 'app.bsky.feed.post', text: `post ${n}`, createdAt: new Date().toISOString() }
    const body = JSON.stringify({ repo: account.did, collection: 'app.bsky.feed.post', record })
    const res = await fetch(`${pds.url}/xrpc/com.atproto.repo.createRecord`, { method: 'POST', headers, body })
    if (res.status !== 200) throw new Error(`createRecord: ${res.status} ${await res.text()}`)
  }
  // @NOTE `count` calls in all, shared by the writers, each writer one call at a time
  const run = (count: number) =>
    Promise.all(
      accounts.map(async (account, w) => {
        for (let n = w; n < count; n += writers) await create(account, n)
      }),
    )
  await run(100)
  const before = pds.ctx.repos.commitStats()
  counting = true
  const start = process.cpuUsage()
  const wallStart = performance.now()
  await run(calls)
  const wall = performance.now() - wallStart
  const cpu = process.cpuUsage(start)
  counting = false
  const after = pds.ctx.repos.commitStats()
  let total = 0
  let runs = 0
  for (const [sql, { runs: n, micros }] of spent) {
    total += micros
    runs += n
    console.log(`${(micros / calls).toFixed(1).padStart(7)} µs  x${(n / calls).toFixed(2)}  ${sql.slice(0, 100)}`)
  }
  console.log(
    `${(total / calls).toFixed(1).padStart(7)} µs  x${(runs / calls).toFixed(2)}  all statements, per createRecord`,
  )
  console.log(
    `process CPU (the client's too): ${((cpu.user + cpu.system) / calls / 1000).toFixed(2)} ms per createRecord`,
  )
  console.log(`wall time: ${((wall * writers) / calls).toFixed(2)} ms per createRecord, as each writer waits for it`)
  if (before && after) {
    const transactions = after.transactions - before.transactions
    console.log(`${writers} writer(s): ${(calls / transactions).toFixed(2)} createRecords per transaction`)
  }
} finally {
  await pds.close()
}
