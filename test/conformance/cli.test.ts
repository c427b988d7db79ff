/**
 * `npm run conformance` as an operator runs it against a PDS URL: the per-method lines, the
 * summary line and the exit code; and with `--smtp-port`, against a PDS that mails to it, the
 * methods that need a mailed code checked too.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanEnv } from '../helpers/child-env.js'
import { freePort, startTestServer, type TestServer } from '../helpers/test-server.js'

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
  /** where the PDS mails: the CLI listens there with --smtp-port */
  let smtpPort: number

  beforeAll(async () => {
    smtpPort = await freePort()
    pds = await startTestServer({
      config: { emailSmtpUrl: `smtp://127.0.0.1:${smtpPort}`, emailFromAddress: 'pds@example.com' },
    })
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
      // a prefix: createInviteCodes comes too
      'com.atproto.server.createInviteCode',
      '--only',
      // Ozone methods (a prefix: getRepo, getRepos, getReporterStats): known, not served by a PDS
      'tools.ozone.moderation.getRepo',
      '--only',
      // needs a mailed code, which the run cannot read without --smtp-port
      'com.atproto.identity.signPlcOperation',
    ])
    expect(stderr).not.toMatch(/Error/)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.repo\.describeRepo \(\d+ cases\)$/m)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.server\.createInviteCodes? \(\d+ cases\)$/m)
    expect(stdout).toMatch(/^needs state com\.atproto\.identity\.signPlcOperation \(\d+ cases\)$/m)
    expect(stdout).toMatch(
      /^ {13}NEEDS STATE the valid request: needs the code requestPlcOperationSignature mails to the account, and the run has no mailbox; got 400 /m,
    )
    expect(stdout).toMatch(
      new RegExp(
        `^conformance of ${pds.url.replace(/\./g, '\\.')}: 3 passed, 0 failed, 1 need state the setup cannot make, 3 not served \\(\\d+ cases run, 0 failed, 2 not verified\\)$`,
        'm',
      ),
    )
    expect(code).toBe(0)
  }, 60_000)

  it('with --smtp-port, reads the codes the PDS mails there and passes the methods that need them', async () => {
    const { code, stdout, stderr } = await run([
      '--url',
      pds.url,
      '--smtp-port',
      String(smtpPort),
      '--only',
      'com.atproto.identity.signPlcOperation',
      '--only',
      'com.atproto.identity.submitPlcOperation',
    ])
    expect(stderr).not.toMatch(/Error/)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.identity\.signPlcOperation \(\d+ cases\)$/m)
    expect(stdout).toMatch(/^passed {5}com\.atproto\.identity\.submitPlcOperation \(\d+ cases\)$/m)
    expect(stdout).not.toContain('NEEDS STATE')
    expect(stdout).toMatch(
      new RegExp(
        `^conformance of ${pds.url.replace(/\./g, '\\.')}: 2 passed, 0 failed, 0 not served \\(\\d+ cases run, 0 failed\\)$`,
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
