/**
 * `npm run conformance` as an operator runs it against a PDS URL: the per-method lines, the
 * summary line and the exit code.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanEnv } from '../helpers/child-env.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'conformance/main.ts', ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })))
}

describe('npm run conformance', () => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer()
  })
  afterAll(() => pds?.close())

  it('reports per method and a summary line, and exits 0 when every case passed', async () => {
    const { code, stdout, stderr } = await run([
      '--url',
      pds.url,
      '--admin-password',
      pds.ctx.secrets.adminPassword,
      '--only',
      'com.atproto.repo.describeRepo',
      '--only',
      'com.atproto.server.createInviteCode',
      '--only',
      // prefixes: createInviteCodes, getAccountInfo and getAccountInfos (not served here) come too
      'com.atproto.admin.getAccountInfo',
    ])
    expect(stderr).not.toMatch(/Error/)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.repo\.describeRepo \(\d+ cases\)$/m)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.server\.createInviteCode \(\d+ cases\)$/m)
    expect(stdout).toMatch(
      new RegExp(
        `^conformance of ${pds.url.replace(/\./g, '\\.')}: 2 passed, 0 failed, 3 not served \\(\\d+ cases run, 0 failed\\)$`,
        'm',
      ),
    )
    expect(code).toBe(0)
  }, 60_000)

  it('says how to call it when the URL is missing', async () => {
    const { code, stderr } = await run([])
    expect(stderr).toContain('usage: npm run conformance -- --url')
    expect(code).toBe(2)
  }, 30_000)
})
