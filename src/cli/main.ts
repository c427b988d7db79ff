/**
 * `pds-admin`: the operator CLI. Talks to a running PDS over its admin XRPC API with the
 * admin password, prints tables (or JSON with `--json`), and exits with a code that says
 * what happened (see {@link EXIT}).
 *
 * @module
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ConfigError, readAdminCliConfig } from '#src/config.js'
import { accountCommands } from './account-commands.js'
import { AdminClient, CliError, EXIT } from './admin-client.js'
import type { Command, Flags } from './command.js'
import type { Output } from './output.js'
import { inviteCommands, serverCommands } from './server-commands.js'

const USAGE = `Usage: pds-admin <command> [options]

Accounts
  account create --handle <h> --email <e> [--new-password <p>] [--invite-code <c>]
  account list [--email <prefix>] [--limit <n>] [--cursor <c>]
  account info <did|handle>
  account takedown <did|handle> [--ref <case>]
  account untakedown <did|handle>
  account delete <did|handle>
  account reset-password <did|handle> [--new-password <p>]
  account update-handle <did|handle> <new-handle>
  account rotate-signing-key <did|handle> [--signing-key <did:key reserved earlier>]
Invite codes
  invite create [--uses <n>] [--count <n>] [--for <did>]...
  invite list [--sort recent|usage] [--limit <n>] [--cursor <c>]
  invite disable [<code>...] [--account <did>]...
Server
  request-crawl            ask the relays in PDS_CRAWLERS to crawl now
  status                   version, accounts, database, disk, firehose seq, relays
  audit [--limit <n>] [--subject <s>] [--action <a>] [--cursor <c>]

Options
  --url <url>              the PDS (default: PDS_ADMIN_URL, else from PDS_HOSTNAME/PDS_PORT)
  --admin-password <p>     (default: PDS_ADMIN_PASSWORD, else <PDS_DATA_DIRECTORY>/secrets.json)
  --json                   print JSON for scripts
  -h, --help

Exit codes: 0 done, 1 refused by the PDS, 2 bad usage, 3 authentication failed, 4 PDS unreachable.
`

const OPTIONS = {
  url: { type: 'string' },
  'admin-password': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  email: { type: 'string' },
  handle: { type: 'string' },
  'invite-code': { type: 'string' },
  'new-password': { type: 'string' },
  'signing-key': { type: 'string' },
  ref: { type: 'string' },
  limit: { type: 'string' },
  cursor: { type: 'string' },
  uses: { type: 'string' },
  count: { type: 'string' },
  for: { type: 'string', multiple: true },
  account: { type: 'string', multiple: true },
  sort: { type: 'string' },
  subject: { type: 'string' },
  action: { type: 'string' },
} as const

/**
 * Runs one command line and resolves with the exit code (the process entry exits with it).
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) })
 */
export async function run(argv: readonly string[], io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
    } catch (err) {
      throw new CliError(`${(err as Error).message}\n\n${USAGE}`, EXIT.usage)
    }
    const { values, positionals } = parsed
    const [group, sub, ...rest] = positionals
    if (values.help || group === undefined || group === 'help') {
      io.out(USAGE)
      return group === undefined && !values.help ? EXIT.usage : EXIT.ok
    }
    let command: Command | undefined
    let args: string[]
    if (group === 'account' || group === 'invite') {
      const commands = group === 'account' ? accountCommands : inviteCommands
      command = sub === undefined ? undefined : commands[sub]
      args = rest
    } else {
      command = serverCommands[group]
      args = sub === undefined ? rest : [sub, ...rest]
    }
    if (!command) throw new CliError(`Unknown command: ${positionals.slice(0, 2).join(' ')}\n\n${USAGE}`, EXIT.usage)
    const config = readAdminCliConfig(env)
    const password = values['admin-password'] ?? config.password ?? generatedPassword(config.dataDirectory)
    if (!password) {
      throw new CliError('No admin password: pass --admin-password or set PDS_ADMIN_PASSWORD', EXIT.usage)
    }
    const client = new AdminClient(values.url ?? config.url, password)
    await command({ client, args, flags: values as Flags, io })
    return EXIT.ok
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`pds-admin: ${err.message}\n`)
      return err.exitCode
    }
    if (err instanceof ConfigError) {
      io.err(`pds-admin: ${err.message}\n`)
      return EXIT.usage
    }
    io.err(`pds-admin: unexpected error: ${(err as Error).stack ?? String(err)}\n`)
    return EXIT.refused
  }
}

// @NOTE a PDS that generated its admin password keeps it in secrets.json; reading it lets the
// operator of a local PDS run the CLI without copying the password around
function generatedPassword(dataDirectory: string): string | undefined {
  try {
    const secrets = JSON.parse(fs.readFileSync(path.join(dataDirectory, 'secrets.json'), 'utf8')) as {
      adminPassword?: unknown
    }
    return typeof secrets.adminPassword === 'string' ? secrets.adminPassword : undefined
  } catch {
    return undefined
  }
}
