/**
 * `npm run dev` as a newcomer runs it: one process with its own PLC directory, in which an
 * account can be created over HTTP exactly as the printed instructions say; stopped by PID.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { afterEach, describe, expect, it } from 'vitest'
import { createClient } from '#generated/client/index.js'
import { cleanEnv } from '../helpers/child-env.js'
import { freePort } from '../helpers/test-server.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('npm run dev', () => {
  let child: ChildProcess | undefined

  afterEach(() => {
    if (child?.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL')
  })

  it('starts a local network offline where the printed curl command creates an account', async () => {
    const port = await freePort()
    // @NOTE PDS_DID_PLC_URL is left unset, as on a fresh clone: the PLC directory must be in-process
    child = spawn(process.execPath, ['--import', 'tsx', 'src/dev/main.ts'], {
      cwd: ROOT,
      env: { ...cleanEnv(), PDS_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)))
    const deadline = Date.now() + 60_000
    while (!output.includes('Stop with Ctrl-C.')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm run dev did not start:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }

    const pdsUrl = `http://localhost:${port}`
    expect(output).toContain(`PDS            ${pdsUrl}`)
    expect(output).toContain('handles        <name>.test')
    const plcUrl = /PLC directory {2}(http:\/\/localhost:\d+)/.exec(output)?.[1]
    expect(plcUrl).toBeDefined()
    const dataDir = /data {11}(\S+) \(removed on exit\)/.exec(output)?.[1] as string
    expect(existsSync(dataDir)).toBe(true)

    // the printed curl command, sent as curl sends it
    const body = /-d '([^']+)'/.exec(output)?.[1] as string
    const res = await fetch(`${pdsUrl}/xrpc/com.atproto.server.createAccount`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(res.status, await res.clone().text()).toBe(200)
    const account = (await res.json()) as { did: string; handle: string; accessJwt: string }
    expect(account.handle).toBe('alice.test')
    expect(account.did).toMatch(/^did:plc:/)
    // the DID is registered in the in-process PLC directory and names this PDS
    const doc = (await (await fetch(`${plcUrl}/${account.did}`)).json()) as { service: { serviceEndpoint: string }[] }
    expect(doc.service[0]?.serviceEndpoint).toBe(pdsUrl)

    // and the generated client, as printed, works against it too
    const client = createClient({ service: pdsUrl })
    const { data: bob } = await client.com.atproto.server.createAccount({
      handle: 'bob.test',
      email: 'bob@example.com',
      password: 'correct horse battery',
    })
    const agent = new AtpAgent({ service: pdsUrl })
    await agent.login({ identifier: 'bob.test', password: 'correct horse battery' })
    expect(agent.session?.did).toBe(bob.did)

    process.kill(child.pid as number, 'SIGTERM')
    expect(await exited).toBe(0)
    expect(existsSync(dataDir)).toBe(false)
  }, 90_000)
})
