import { execFile, execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const BIN = fileURLToPath(new URL('../../bin/pds-admin.mjs', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI as a child process, the way an operator would. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

// @NOTE the bin runs the compiled CLI and builds dist/ first when it is stale; build it once
// here, so no single command's timeout has to cover a build on a loaded machine
beforeAll(() => {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url)), '--if-stale'])
}, 120_000)

describe.each(dialects())('pds-admin against a running PDS (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let env: Record<string, string>

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    env = { PDS_ADMIN_URL: pds.url, PDS_ADMIN_PASSWORD: pds.ctx.secrets.adminPassword }
  })
  afterAll(() => pds?.close())

  it('prints the server status as a table and as JSON', async () => {
    const human = await cli(['status'], env)
    expect(human.code).toBe(0)
    expect(human.stdout).toMatch(/^url: +http:\/\/127\.0\.0\.1:\d+$/m)
    expect(human.stdout).toMatch(/^accounts: +1 \(1 active, 0 taken down, 0 deactivated\)$/m)
    expect(human.stdout).toMatch(new RegExp(`^database: +${dialect}, `, 'm'))
    expect(human.stdout).toMatch(/^firehose seq: +\d+$/m)
    const json = await cli(['status', '--json'], env)
    expect(JSON.parse(json.stdout)).toMatchObject({
      accounts: { total: 1 },
      firehose: { seq: await pds.ctx.sequencer.lastSeq() },
      relays: [],
    })
  })

  it('creates, lists, shows, takes down and restores accounts', async () => {
    const created = await cli(
      ['account', 'create', '--handle', 'clitest.test', '--email', 'cli@example.com', '--json'],
      env,
    )
    expect(created.code).toBe(0)
    const { did, password } = JSON.parse(created.stdout) as { did: string; password: string }
    expect(did).toMatch(/^did:plc:/)
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/)

    const list = await cli(['account', 'list'], env)
    expect(list.code).toBe(0)
    const lines = list.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^DID +HANDLE +EMAIL +STATUS +CREATED$/)
    expect(lines.some((line) => line.includes('clitest.test') && line.includes('active'))).toBe(true)
    expect(lines.some((line) => line.includes(alice.handle))).toBe(true)

    const down = await cli(['account', 'takedown', 'clitest.test', '--ref', 'cli-case'], env)
    expect([down.code, down.stdout]).toEqual([0, `Took down ${did} (ref cli-case)\n`])
    const info = await cli(['account', 'info', did], env)
    expect(info.stdout).toMatch(/^status: +takendown \(cli-case\)$/m)
    expect(info.stdout).toMatch(/^handle: +clitest\.test$/m)
    const up = await cli(['account', 'untakedown', did], env)
    expect(up.code).toBe(0)
    const after = await cli(['account', 'info', did, '--json'], env)
    expect(JSON.parse(after.stdout)).toMatchObject({ did, status: { takedown: { applied: false } } })
  })

  it('resets passwords and updates handles', async () => {
    const reset = await cli(['account', 'reset-password', alice.did], env)
    expect(reset.code).toBe(0)
    const password = /New password for \S+: (\S+)/.exec(reset.stdout)?.[1] as string
    await expect(alice.agent.login({ identifier: alice.handle, password: alice.password })).rejects.toThrow()
    await alice.agent.login({ identifier: alice.handle, password })
    const renamed = await cli(['account', 'update-handle', alice.handle, 'renamed-by-cli.test'], env)
    expect([renamed.code, renamed.stdout]).toEqual([0, `${alice.did} is now renamed-by-cli.test\n`])
    expect((await pds.ctx.accounts.getAccount(alice.did))?.handle).toBe('renamed-by-cli.test')
  })

  it('creates, lists and disables invite codes', async () => {
    const made = await cli(['invite', 'create', '--uses', '2', '--count', '2', '--json'], env)
    expect(made.code).toBe(0)
    const codes = (JSON.parse(made.stdout) as { codes: { codes: string[] }[] }).codes[0]?.codes as string[]
    expect(codes).toHaveLength(2)
    const disabled = await cli(['invite', 'disable', codes[0] as string], env)
    expect(disabled.code).toBe(0)
    const list = await cli(['invite', 'list'], env)
    const row = (code: string) => list.stdout.split('\n').find((line) => line.startsWith(code)) ?? ''
    expect(row(codes[0] as string)).toMatch(/ 0\/2 +disabled +admin /)
    expect(row(codes[1] as string)).toMatch(/ 0\/2 +open +admin /)
  })

  it('asks relays to crawl and shows the audit log', async () => {
    const crawl = await cli(['request-crawl'], env)
    expect([crawl.code, crawl.stdout]).toEqual([0, 'No relays are configured (PDS_CRAWLERS)\n'])
    const audit = await cli(['audit', '--json'], env)
    const actions = (JSON.parse(audit.stdout) as { entries: { action: string }[] }).entries.map((e) => e.action)
    expect(actions.slice(0, 4)).toEqual([
      'server.requestCrawl',
      'invites.disable',
      'invites.create',
      'account.updateHandle',
    ])
    const table = await cli(['audit', '--limit', '2'], env)
    expect(table.stdout.split('\n')[0]).toMatch(/^ID +WHEN +WHO +VIA +ACTION +SUBJECT +IP +DETAIL$/)
  })

  it('exits with codes that say what went wrong', async () => {
    const missing = await cli(['account', 'info', 'did:plc:aaaaaaaaaaaaaaaaaaaaaaaa'], env)
    expect([missing.code, missing.stderr]).toEqual([1, 'pds-admin: NotFound: Account not found\n'])
    const usage = await cli(['account', 'frobnicate'], env)
    expect(usage.code).toBe(2)
    const badFlag = await cli(['status', '--nope'], env)
    expect(badFlag.code).toBe(2)
    const auth = await cli(['status'], { ...env, PDS_ADMIN_PASSWORD: 'wrong' })
    expect(auth.code).toBe(3)
    expect(auth.stderr).toMatch(/Authentication failed/)
    const unreachable = await cli(['status', '--url', 'http://127.0.0.1:9'], env)
    expect(unreachable.code).toBe(4)
  })

  it('deletes an account and everything it owns', async () => {
    const zed = await signUp(pds)
    await zed.agent.post({ text: 'soon gone', createdAt: new Date().toISOString() })
    const deleted = await cli(['account', 'delete', zed.handle], env)
    expect([deleted.code, deleted.stdout]).toEqual([0, `Deleted ${zed.did}\n`])
    expect(await pds.ctx.accounts.getAccount(zed.did)).toBeNull()
    const info = await cli(['account', 'info', zed.did], env)
    expect([info.code, info.stderr]).toEqual([1, 'pds-admin: NotFound: Account not found\n'])
    const again = await cli(['account', 'delete', zed.did], env)
    expect(again.code).toBe(1)
    const audit = await cli(['audit', '--json'], env)
    const [last] = (JSON.parse(audit.stdout) as { entries: { action: string; subject: string }[] }).entries
    expect(last).toMatchObject({ action: 'account.delete', subject: zed.did })
  })
})
