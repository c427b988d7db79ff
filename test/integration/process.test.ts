import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanEnv } from '../helpers/child-env.js'
import { freePort } from '../helpers/test-server.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

interface Started {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

// @NOTE a clean environment: nothing from the developer's shell (DATABASE_URL, PDS_*) leaks in
function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function waitForHealth(url: string, started: Started, timeoutMs = 30_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`PDS exited early:\n${started.output()}`)
    try {
      return await fetch(`${url}/xrpc/_health`)
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`PDS did not answer within ${timeoutMs} ms:\n${started.output()}`)
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))])
}

describe('the PDS process', () => {
  let dataDirectory: string
  let started: Started | undefined

  beforeEach(async () => {
    dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-process-'))
  })
  afterEach(async () => {
    // @NOTE never leave a PDS behind, whatever the test did
    if (started && started.child.exitCode === null && started.child.pid !== undefined) {
      process.kill(started.child.pid, 'SIGKILL')
      await started.exited
    }
    started = undefined
    await fs.rm(dataDirectory, { recursive: true, force: true })
  })

  it('starts with no configuration, keeps its secrets private, and exits 0 on SIGTERM', async () => {
    const port = await freePort()
    // @NOTE a data directory that does not exist yet, so the PDS creates it
    const data = path.join(dataDirectory, 'new')
    started = start({ PDS_PORT: String(port), PDS_DATA_DIRECTORY: data, LOG_LEVEL: 'debug' })
    const health = await waitForHealth(`http://127.0.0.1:${port}`, started)
    expect(health.status).toBe(200)
    const described = await fetch(`http://127.0.0.1:${port}/xrpc/com.atproto.server.describeServer`)
    expect(await described.json()).toMatchObject({ availableUserDomains: ['.test'] })

    const file = path.join(data, 'secrets.json')
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600)
    expect((await fs.stat(data)).mode & 0o777).toBe(0o700)
    for (const name of ['pds.sqlite', 'pds.sqlite-wal']) {
      expect((await fs.stat(path.join(data, name))).mode & 0o777).toBe(0o600)
    }
    const secrets = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>
    expect(Object.keys(secrets).sort()).toEqual([
      'adminPassword',
      'jwtSecret',
      'plcRotationKeyHex',
      'repoKeyEncryptionKeyHex',
    ])
    expect(secrets.repoKeyEncryptionKeyHex).toMatch(/^[0-9a-f]{64}$/)
    expect(secrets.plcRotationKeyHex).toMatch(/^[0-9a-f]{64}$/)

    started.child.kill('SIGTERM')
    expect(await within(started.exited, 5_000)).toBe(0)
    for (const value of Object.values(secrets)) expect(started.output()).not.toContain(value)
    expect(started.output()).toMatch(/PDS listening on http:\/\/localhost/)
  })

  it('reuses the secrets it generated on the next start', async () => {
    const port = await freePort()
    started = start({ PDS_PORT: String(port), PDS_DATA_DIRECTORY: dataDirectory })
    await waitForHealth(`http://127.0.0.1:${port}`, started)
    const first = await fs.readFile(path.join(dataDirectory, 'secrets.json'), 'utf8')
    started.child.kill('SIGTERM')
    expect(await within(started.exited, 5_000)).toBe(0)

    started = start({ PDS_PORT: String(port), PDS_DATA_DIRECTORY: dataDirectory })
    await waitForHealth(`http://127.0.0.1:${port}`, started)
    expect(await fs.readFile(path.join(dataDirectory, 'secrets.json'), 'utf8')).toBe(first)
    started.child.kill('SIGTERM')
    expect(await within(started.exited, 5_000)).toBe(0)
  })

  it('refuses to start on a bad setting, naming the variable', async () => {
    started = start({ PDS_PORT: 'eighty', PDS_DATA_DIRECTORY: dataDirectory })
    expect(await within(started.exited, 20_000)).toBe(1)
    expect(started.output()).toMatch(/Invalid PDS_PORT="eighty"/)
  })

  it('refuses to start with a weak admin password, saying why without echoing it', async () => {
    started = start({ PDS_ADMIN_PASSWORD: 'admin123', PDS_DATA_DIRECTORY: dataDirectory })
    expect(await within(started.exited, 20_000)).toBe(1)
    expect(started.output()).toMatch(/Invalid PDS_ADMIN_PASSWORD="\(hidden\)": too weak/)
    expect(started.output()).not.toContain('admin123')
  })
})
