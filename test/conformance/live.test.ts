/**
 * The generated conformance suite against our own PDS, over HTTP, on both dialects: every
 * method we serve passes every case its schema implies, and every method the handler map
 * serves is reached by the suite (none is silently reported as not served).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { methods } from '#generated/index.js'
import { handlers } from '#src/api/index.js'
import { summaryLine } from '../../conformance/report.js'
import { type Report, runConformance } from '../../conformance/runner.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('the conformance suite against our PDS (%s)', (dialect) => {
  let pds: TestServer
  let report: Report

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    report = await runConformance({ url: pds.url, adminPassword: pds.ctx.secrets.adminPassword })
    console.log(`${dialect}: ${summaryLine(report)}`)
  }, 240_000)
  afterAll(() => pds?.close())

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
    for (const nsid of served) expect(`${nsid}: ${statuses[nsid]}`).toBe(`${nsid}: passed`)
    expect(served.length).toBeGreaterThan(20)
  })

  it('writes every record type through createRecord, putRecord and applyWrites', () => {
    const records = report.methods.filter((m) => m.name.endsWith(' (record)'))
    expect(records.length).toBeGreaterThan(15)
    for (const r of records) expect(`${r.name}: ${r.status}`).toBe(`${r.name}: passed`)
  })
})
