/**
 * The generated conformance suite against our own PDS, over HTTP, on both dialects: every
 * method we serve passes every case its schema implies, and every method the handler map
 * serves is reached by the suite (none is silently reported as not served). With a mailbox
 * (a real SMTP server the PDS mails to), the methods that need a mailed code pass too; without
 * one, their cases are reported apart as needing state, for exactly the methods the setup
 * names. The refusals the setup documents are expected and noted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { methods, rt } from '#generated/index.js'
import { handlers, methodMap } from '#src/api/index.js'
import { summaryLine } from '../../conformance/report.js'
import { type Report, runConformance } from '../../conformance/runner.js'
import { NEEDS_STATE, REFUSED_BY_DESIGN } from '../../conformance/setup.js'
import { dialects } from '../helpers/db.js'
import { codeIn, startTestSmtp, type TestSmtp } from '../helpers/smtp.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('the conformance suite against our PDS (%s)', (dialect) => {
  let smtp: TestSmtp
  let pds: TestServer
  let report: Report
  /** a run of the methods that need a mailed code, without a mailbox */
  let withoutMailbox: Report
  /** the mails the run read a code from: to whom, and their subject */
  const read: { to: string; subject: string }[] = []

  beforeAll(async () => {
    smtp = await startTestSmtp()
    pds = await startTestServer({
      dialect,
      config: { emailSmtpUrl: smtp.url, emailFromAddress: 'pds@example.com' },
    })
    report = await runConformance({
      url: pds.url,
      adminPassword: pds.ctx.secrets.adminPassword,
      mailbox: async (email) => {
        const mail = await smtp.nextMail(email)
        read.push({ to: email, subject: mail.subject })
        return codeIn(mail)
      },
    })
    console.log(`${dialect}: ${summaryLine(report)}`)
    withoutMailbox = await runConformance({
      url: pds.url,
      adminPassword: pds.ctx.secrets.adminPassword,
      only: (nsid) => NEEDS_STATE.has(nsid),
    })
  }, 240_000)
  afterAll(async () => {
    await pds?.close()
    await smtp?.close()
  })

  it('passes every case of every method and record type it serves', () => {
    const failed = report.methods
      .filter((m) => m.status === 'failed')
      .flatMap((m) => m.failures.map((f) => `${m.name}: ${f.case}: ${f.detail}`))
    expect(failed).toEqual([])
  })

  it('reaches every method the handler map serves', () => {
    const served = Object.keys(handlers).filter(
      (nsid) => methods[nsid as keyof typeof methods]?.type !== 'subscription',
    )
    const statuses = Object.fromEntries(report.methods.map((m) => [m.name, m.status]))
    const wrong = served.filter((nsid) => statuses[nsid] !== 'passed').map((nsid) => `${nsid}: ${statuses[nsid]}`)
    expect(wrong).toEqual([])
    expect(served.length).toBeGreaterThan(20)
  })

  it('reports every method the map marks unserved as not served, with its reason', () => {
    const unserved = Object.entries(methodMap).filter(
      ([nsid, entry]) =>
        rt.isNotServed(entry) &&
        entry.notServed === 'unserved' &&
        methods[nsid as keyof typeof methods].type !== 'subscription',
    )
    expect(unserved.length).toBeGreaterThan(10)
    for (const [nsid, entry] of unserved) {
      const method = report.methods.find((m) => m.name === nsid)
      expect(`${nsid}: ${method?.status}`).toBe(`${nsid}: not served`)
      expect(method?.notes.join(' ')).toContain(`(${(entry as rt.NotServed).why})`)
    }
  })

  it('verifies the methods that need a mailed code with codes read from the mail, a fresh one per request', () => {
    expect(report.methods.filter((m) => m.unverified.length > 0 || m.status === 'needs state')).toEqual([])
    expect(summaryLine(report)).not.toMatch(/need state|not verified/)
    const mailed = report.methods.filter((m) => NEEDS_STATE.has(m.name))
    expect(mailed.map((m) => `${m.name}: ${m.status}`).sort()).toEqual(
      [...NEEDS_STATE.keys()].map((nsid) => `${nsid}: passed`).sort(),
    )
    expect(read.length).toBe(mailed.reduce((n, m) => n + m.cases, 0))
    expect(new Set(read.map((mail) => mail.to)).size).toBe(read.length)
    for (const mail of read) expect(mail.subject).toBe('Confirm a change to your identity on localhost')
  })

  it('without a mailbox, reports the cases that need state apart, for the methods the setup names only', () => {
    const unverified = withoutMailbox.methods.filter((m) => m.unverified.length > 0)
    expect(unverified.map((m) => m.name).sort()).toEqual([...NEEDS_STATE.keys()].sort())
    for (const m of unverified) {
      expect(m.unverified.map((u) => u.case)).toEqual(['params: an unknown parameter', 'the valid request'])
      expect(m.unverified[0]?.detail).toContain(`needs ${NEEDS_STATE.get(m.name)}; got 400`)
    }
    const count = unverified.reduce((n, m) => n + m.unverified.length, 0)
    expect(summaryLine(withoutMailbox)).toContain(`${unverified.length} need state the setup cannot make`)
    expect(summaryLine(withoutMailbox)).toMatch(new RegExp(`, ${count} not verified\\)$`))
  })

  it('expects the refusals the setup documents, and notes each', () => {
    for (const [nsid, cases] of REFUSED_BY_DESIGN) {
      const method = report.methods.find((m) => m.name === nsid)
      for (const name of cases.keys()) {
        expect(method?.notes).toContainEqual(expect.stringContaining(`refused by design: ${name}`))
        expect(method?.failures.map((f) => f.case)).not.toContain(name)
      }
    }
  })

  it('writes every record type through createRecord, putRecord and applyWrites', () => {
    const records = report.methods.filter((m) => m.name.endsWith(' (record)'))
    expect(records.length).toBeGreaterThan(15)
    for (const r of records) expect(`${r.name}: ${r.status}`).toBe(`${r.name}: passed`)
  })
})
