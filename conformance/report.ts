/**
 * @module
 * The conformance report as text: one line per method (passed / failed / needs state / not
 * served), the failed and the unverified cases under each method, and a summary line.
 */
import type { MethodReport, Report } from './runner.js'

/** Counts by status. */
export interface Summary {
  passed: number
  failed: number
  /** methods with no failed case but some that need state the setup cannot make */
  needsState: number
  notServed: number
  skipped: number
  cases: number
  failedCases: number
  /** cases that need state the setup cannot make: neither passed nor failed */
  unverifiedCases: number
}

/** Counts the methods (and record types) of a report by status. */
export function summarize(report: Report): Summary {
  const count = (status: MethodReport['status']) => report.methods.filter((m) => m.status === status).length
  return {
    passed: count('passed'),
    failed: count('failed'),
    needsState: count('needs state'),
    notServed: count('not served'),
    skipped: count('skipped'),
    cases: report.methods.reduce((n, m) => n + m.cases, 0),
    failedCases: report.methods.reduce((n, m) => n + m.failures.length, 0),
    unverifiedCases: report.methods.reduce((n, m) => n + m.unverified.length, 0),
  }
}

/**
 * The summary line, e.g. `conformance of http://localhost:2583: 52 passed, 1 failed, 290 not
 * served (4120 cases run, 3 failed)`; methods and cases that need state the setup cannot make
 * are counted apart (`2 need state the setup cannot make`, `4 not verified`) when there are any.
 */
export function summaryLine(report: Report): string {
  const s = summarize(report)
  const needs = s.needsState ? `, ${s.needsState} need state the setup cannot make` : ''
  const unverified = s.unverifiedCases ? `, ${s.unverifiedCases} not verified` : ''
  return `conformance of ${report.url}: ${s.passed} passed, ${s.failed} failed${needs}, ${s.notServed} not served${s.skipped ? `, ${s.skipped} skipped` : ''} (${s.cases} cases run, ${s.failedCases} failed${unverified})`
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
    for (const u of m.unverified) lines.push(`             NEEDS STATE ${u.case}: ${u.detail}`)
  }
  lines.push(summaryLine(report))
  return lines.join('\n')
}
