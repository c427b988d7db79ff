/**
 * @module
 * Side-by-side results: one row per figure, a column per server, and the ratio ours/reference.
 * A server that lacks a feature gets a note (`n/a (501)`) in its cell instead of a number.
 * Over several rounds a cell shows the median.
 */
import { median } from './load.js'

/** The servers compared, in column order. */
export const SIDES = ['reference', 'ours'] as const
/**
 * A column: one of {@link SIDES}, or a variant of ours that bench/perf.ts adds
 * (`ours limited`, `ours pg`).
 */
export type Side = (typeof SIDES)[number] | (string & {})

/** A row of the table. */
export interface Figure {
  key: string
  label: string
  /** Which way is good, for reading the ratio; 'info' rows are context, not a goal. */
  better: 'higher' | 'lower' | 'info'
}

/** A measured value, or why there is none. */
export type Cell = { value: number } | { na: string }

/** Detail of one load run, for the second table. */
export interface RunDetail {
  scenario: string
  side: Side
  round: number
  ops: number
  errors: number
  firstError?: string
  p50: number
  p90: number
  p99: number
  max: number
  /** Server CPU as a share of one core during the run. */
  serverCpu: number
  /** Load generator CPU as a share of one core. */
  clientCpu: number
}

/** Collects cells and details over the rounds of a run. */
export class Results {
  readonly cells = new Map<string, Map<Side, Cell[]>>()
  readonly details: RunDetail[] = []

  constructor(
    readonly figures: Figure[],
    /** The columns, in order (what `--json` lists). */
    readonly sides: readonly Side[] = SIDES,
  ) {}

  /** Records a number. */
  value(key: string, side: Side, value: number): void {
    this.add(key, side, { value })
  }

  /** Records why a figure has no number for this side. */
  na(key: string, side: Side, why: string): void {
    this.add(key, side, { na: why })
  }

  /** The combined cell of a figure and side: the median of its numbers, else its first note. */
  cell(key: string, side: Side): Cell | undefined {
    const cells = this.cells.get(key)?.get(side) ?? []
    const values = cells.flatMap((c) => ('value' in c ? [c.value] : []))
    if (values.length > 0) return { value: median(values) }
    return cells[0]
  }

  /** Plain data, for `--json`. */
  toJSON(): unknown {
    const figures = this.figures.map((f) => ({
      ...f,
      ...Object.fromEntries(this.sides.map((side) => [side, this.cell(f.key, side) ?? null])),
      rounds: Object.fromEntries(this.sides.map((side) => [side, this.cells.get(f.key)?.get(side) ?? []])),
    }))
    return { figures, details: this.details }
  }

  private add(key: string, side: Side, cell: Cell): void {
    const bySide = this.cells.get(key) ?? new Map<Side, Cell[]>()
    this.cells.set(key, bySide)
    const cells = bySide.get(side) ?? []
    bySide.set(side, cells)
    cells.push(cell)
  }
}

/** A number with as many digits as a reader needs: 1,234 / 123 / 12.3 / 1.23 / 0.123. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US')
  if (abs >= 100) return value.toFixed(0)
  if (abs >= 10) return value.toFixed(1)
  if (abs >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

function formatCell(cell: Cell | undefined): string {
  if (!cell) return '–'
  return 'value' in cell ? formatNumber(cell.value) : `n/a (${cell.na})`
}

/** The main table: figure, reference, ours, ours/reference, which way is better. */
export function formatTable(results: Results): string {
  const rows = results.figures.map((figure) => {
    const ref = results.cell(figure.key, 'reference')
    const ours = results.cell(figure.key, 'ours')
    let ratio = '–'
    if (ref && ours && 'value' in ref && 'value' in ours && ref.value !== 0) {
      ratio = `${(ours.value / ref.value).toFixed(2)}x`
    }
    const better = figure.better === 'info' ? '' : `${figure.better} is better`
    return [figure.label, formatCell(ref), formatCell(ours), ratio, better]
  })
  return formatColumns(['figure', 'reference', 'ours', 'ours/ref', ''], rows, [false, true, true, true, false])
}

/** The per-run table: latency percentiles, errors, server and load-generator CPU. */
export function formatDetails(results: Results): string {
  const rows = results.details.map((d) => [
    d.scenario,
    d.side,
    String(d.round),
    String(d.ops),
    d.errors ? `${d.errors} (${d.firstError ?? ''})` : '0',
    d.p50.toFixed(1),
    d.p90.toFixed(1),
    d.p99.toFixed(1),
    d.max.toFixed(1),
    `${Math.round(d.serverCpu * 100)}%`,
    `${Math.round(d.clientCpu * 100)}%`,
  ])
  return formatColumns(
    ['run', 'server', 'round', 'ok ops', 'errors', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'server CPU', 'bench CPU'],
    rows,
    [false, false, true, true, false, true, true, true, true, true, true],
  )
}

function formatColumns(header: string[], rows: string[][], rightAlign: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAlign[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
