/**
 * @module
 * `npm run conformance -- --url https://pds.example [--admin-password ...]`: runs the
 * conformance suite generated from lexicons/ against any PDS and prints, per method and
 * record type, passed / failed / not served, with the failed cases and a summary line.
 * Exits 1 when a case failed. It creates accounts and records on that PDS (handles in its
 * first available domain), so point it at a test server, not a production one.
 *
 * Options:
 *   --url URL              the PDS (required)
 *   --admin-password PW    its admin password, for admin methods (optional)
 *   --only PREFIX          only NSIDs starting with PREFIX (repeatable)
 *   --all                  also list the methods that are not served
 *   --json FILE            also write the full report as JSON
 *   --smtp-port N          listen on 127.0.0.1:N with an SMTP server and read the codes the
 *                          PDS mails from it, so signPlcOperation and submitPlcOperation are
 *                          checked too (without it they `need state`); for a PDS started
 *                          with PDS_EMAIL_SMTP_URL=smtp://127.0.0.1:N
 */
import { writeFileSync } from 'node:fs'
import { startSmtpMailbox } from './mailbox.js'
import { formatReport, summarize } from './report.js'
import { runConformance } from './runner.js'

interface Args {
  url?: string
  adminPassword?: string
  only: string[]
  all: boolean
  json?: string
  smtpPort?: number
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { only: [], all: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    const value = () => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${arg} needs a value`)
      return v
    }
    if (arg === '--url') args.url = value()
    else if (arg === '--admin-password') args.adminPassword = value()
    else if (arg === '--only') args.only.push(value())
    else if (arg === '--all') args.all = true
    else if (arg === '--json') args.json = value()
    else if (arg === '--smtp-port') args.smtpPort = port(value())
    else throw new Error(`unknown argument ${arg} (use --url, --admin-password, --only, --all, --json, --smtp-port)`)
  }
  return args
}

function port(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`--smtp-port needs a port number, not ${value}`)
  return n
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2))
  if (!args.url) {
    console.error(
      'usage: npm run conformance -- --url https://pds.example [--admin-password PW] [--only PREFIX] [--all] [--json FILE] [--smtp-port N]',
    )
    return 2
  }
  const smtp = args.smtpPort ? await startSmtpMailbox(args.smtpPort) : undefined
  const started = Date.now()
  const report = await runConformance({
    url: args.url,
    adminPassword: args.adminPassword,
    only: args.only.length ? (nsid) => args.only.some((p) => nsid.startsWith(p)) : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
    mailbox: smtp?.mailbox,
  }).finally(() => smtp?.close())
  console.log(formatReport(report, { notServed: args.all }))
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`)
  if (args.json) writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`)
  return summarize(report).failed > 0 ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (err: unknown) => {
    console.error(`conformance: ${err instanceof Error ? err.message : String(err)}`)
    process.exitCode = 2
  },
)
