/**
 * @module
 * The conformance report as text: one line per method (passed / failed / not served), the
 * failed cases under each failed method, and a summary line.
 */
import type { MethodReport, Report } from './runner.js'

/** Counts by status. */
export interface Summary {
  passed: number
  failed: number
  notServed: number
  skipped: number
  cases: number
  failedCases: number
}

/** Counts the methods (and record types) of a report by status. */
export function summarize(report: Report): Summary {
  const count = (status: MethodReport['status']) => report.methods.filter((m) => m.status === status).length
  return {
    passed: count('passed'),
    failed: count('failed'),
    notServed: count('not served'),
    skipped: count('skipped'),
    cases: report.methods.reduce((n, m) => n + m.cases, 0),
    failedCases: report.methods.reduce((n, m) => n + m.failures.length, 0),
  }
}

/** The summary line, e.g. `conformance: 52 passed, 1 failed, 290 not served (4120 cases, 3 failed)`. */
export function summaryLine(report: Report): string {
  const s = summarize(report)
  return `conformance of ${report.url}: ${s.passed} passed, ${s.failed} failed, ${s.notServed} not served${s.skipped ? `, ${s.skipped} skipped` : ''} (${s.cases} cases run, ${s.failedCases} failed)`
}

/**
 * The whole report as text.
 *
 * @param options.maxFailures failed cases shown per method (default 20)
 * @param options.notServed list the methods not served one by one (default: only their count)
 */
export function formatReport(report: Report, options: { maxFailures?: number; notServed?: boolean } = {}): string {
  const max = options.maxFailures ?? 20
  const lines: string[] = []
  for (const m of report.methods) {
    if (m.status === 'not served' && !options.notServed) continue
    lines.push(`${m.status.padEnd(10)} ${m.name} (${m.cases} cases)`)
    for (const note of m.notes) lines.push(`             note: ${note}`)
    for (const f of m.failures.slice(0, max)) lines.push(`             FAIL ${f.case}: ${f.detail}`)
    if (m.failures.length > max) lines.push(`             ... and ${m.failures.length - max} more`)
  }
  lines.push(summaryLine(report))
  return lines.join('\n')
}
