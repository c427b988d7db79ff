/**
 * @module
 * The conformance suite (conformance/) against the reference PDS (@atproto/pds on Node 22,
 * from the bench cache, started as the other benches start it) on an in-memory PLC directory,
 * mailing to the run's SMTP mailbox (so the methods that need a mailed code are checked too).
 * Prints the report; `--json FILE` also writes it in full.
 *
 * @example
 *   npx tsx bench/conformance.ts [--only com.atproto.] [--json /tmp/reference-conformance.json]
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { startSmtpMailbox } from '../conformance/mailbox.js'
import { formatReport } from '../conformance/report.js'
import { runConformance } from '../conformance/runner.js'
import { cleanupAll, freePort, installCleanupHandlers } from './lib/children.js'
import { startPlc } from './lib/plc.js'
import { ensureReference, startReference } from './lib/reference.js'

const argv = process.argv.slice(2)
const flag = (name: string) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

installCleanupHandlers()
const smtp = await startSmtpMailbox(await freePort())
try {
  const install = await ensureReference()
  const plc = await startPlc()
  const adminPassword = randomBytes(12).toString('hex')
  const reference = await startReference(install, {
    plcUrl: plc.url,
    env: {
      PDS_ADMIN_PASSWORD: adminPassword,
      PDS_EMAIL_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      PDS_EMAIL_FROM_ADDRESS: 'pds@example.com',
    },
  })
  const only = flag('--only')
  const started = Date.now()
  const report = await runConformance({
    url: reference.url,
    adminPassword,
    only: only ? (nsid) => nsid.startsWith(only) : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
    mailbox: smtp.mailbox,
  })
  console.log(`reference PDS ${install.pdsVersion} on Node ${install.nodeVersion}`)
  console.log(formatReport(report, { maxFailures: 1000 }))
  console.log(`(${Math.round((Date.now() - started) / 1000)} s)`)
  const json = flag('--json')
  if (json) writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`)
} finally {
  await cleanupAll()
  await smtp.close()
}
