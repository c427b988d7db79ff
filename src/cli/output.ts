/**
 * How the CLI prints: aligned tables and key/value lists for people, JSON for scripts.
 *
 * @module
 */
import { formatBytes } from '#src/admin/format-bytes.js'

/** Where the CLI writes (a test can capture it). */
export interface Output {
  out(text: string): void
  err(text: string): void
}

/**
 * Rows as an aligned table with a header; empty cells as `-`.
 *
 * @example
 * table(['DID', 'HANDLE'], [['did:plc:abc', 'alice.test']])
 */
export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [headers.map(String), ...rows.map((row) => row.map(cell))]
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const lines = cells.map((row) =>
    row
      .map((value, i) => (i === row.length - 1 ? value : value.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  )
  return `${lines.join('\n')}\n`
}

/** `key: value` lines, keys aligned. */
export function fields(entries: readonly (readonly [string, unknown])[]): string {
  const width = Math.max(...entries.map(([key]) => key.length))
  return `${entries.map(([key, value]) => `${`${key}:`.padEnd(width + 1)} ${cell(value)}`).join('\n')}\n`
}

/** A byte count for people: `1.5 MiB`. */
export const bytes = formatBytes

function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '-'
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map(cell).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
