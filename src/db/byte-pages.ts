/**
 * Pages bounded by bytes as well as rows: a page of 500 rows of 1 MiB blocks would be
 * 500 MiB in memory at once. Readers first fetch the sizes of the next rows (cheap: SQLite
 * and PostgreSQL know a blob's length without reading it), keep as many as fit, then fetch
 * the content of just those.
 *
 * @module
 */

/** Default byte budget of one page. */
export const PAGE_BYTES = 8 * 1024 * 1024

/**
 * How many of the leading `sizes` fit in `maxBytes` (always at least one, so a single row
 * larger than the budget still makes progress).
 *
 * @example
 * rowsWithin([400, 400, 400], 1000) // 2
 */
export function rowsWithin(sizes: readonly number[], maxBytes: number): number {
  let total = 0
  for (let i = 0; i < sizes.length; i++) {
    total += sizes[i] as number
    if (total > maxBytes) return Math.max(1, i)
  }
  return sizes.length
}
