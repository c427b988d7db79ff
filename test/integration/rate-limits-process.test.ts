import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanEnv } from '../helpers/child-env.js'
import { limitHeaders, randomPrefix, TEST_REDIS_URL } from '../helpers/limits.js'
import { freePort } from '../helpers/test-server.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

interface Pds {
  url: string
  child: ChildProcess
  exited: Promise<unknown>
  output: () => string
}

// @NOTE a clean environment, and no PDS_DEV_MODE: this is a production start, rate limits on by default
async function startProcess(env: Record<string, string>): Promise<Pds> {
  const port = await freePort()
  const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-rl-process-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      ...cleanEnv(),
      PDS_PORT: String(port),
      PDS_BIND_HOST: '127.0.0.1',
      PDS_DATA_DIRECTORY: dataDirectory,
      // @NOTE never contacted by these tests
      PDS_DID_PLC_URL: 'http://127.0.0.1:9',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise((resolve) => child.once('exit', resolve)).then(() =>
    fs.rm(dataDirectory, { recursive: true, force: true }),
  )
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PDS exited early:\n${output}`)
    if (Date.now() > deadline) throw new Error(`PDS did not answer in time:\n${output}`)
    try {
      if ((await fetch(`${url}/xrpc/_health`)).ok) break
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return { url, child, exited, output: () => output }
}

async function stop(pds: Pds | undefined): Promise<void> {
  if (!pds || pds.child.exitCode !== null) return
  pds.child.kill('SIGTERM')
  await pds.exited
}

describe('two PDS processes sharing one Redis', () => {
  let a: Pds | undefined
  let b: Pds | undefined

  beforeAll(async () => {
    const env = { REDIS_URL: TEST_REDIS_URL, PDS_RATE_LIMIT_KEY_PREFIX: randomPrefix(), PDS_RATE_LIMIT_GLOBAL: '4/1m' }
    ;[a, b] = await Promise.all([startProcess(env), startProcess(env)])
  }, 60_000)
  afterAll(async () => {
    await Promise.all([stop(a), stop(b)])
  })

  it('limit by default in production, and spend one budget between them', async () => {
    const hit = (pds: Pds | undefined) => fetch(`${pds?.url}/xrpc/com.atproto.server.describeServer`)
    const seen: number[] = []
    for (const pds of [a, b, a, b]) {
      const res = await hit(pds)
      expect(res.status).toBe(200)
      seen.push(limitHeaders(res).remaining)
    }
    expect(seen).toEqual([3, 2, 1, 0])
    for (const pds of [a, b]) {
      const res = await hit(pds)
      expect(res.status).toBe(429)
      expect(await res.json()).toMatchObject({ error: 'RateLimitExceeded' })
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    }
  })
})
