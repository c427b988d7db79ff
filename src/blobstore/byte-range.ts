/**
 * Reading an HTTP `Range` header for blob downloads.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-range
 * @module
 */
import type { ByteRange } from './blob-store.js'

/**
 * The one `bytes=` range of `header` over a blob of `size` bytes: `a-b`, `a-` or the last
 * `-n` bytes, clipped to the blob. `'unsatisfiable'` when it starts past the end (a 416);
 * undefined when there is no range or one this server ignores (several ranges, other units),
 * which means the whole blob.
 *
 * @example
 * parseRange('bytes=10-19', 100) // { start: 10, end: 19 }
 * parseRange('bytes=-5', 100) // { start: 95, end: 99 }
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/)
  if (!match) return undefined
  const [, from = '', to = ''] = match
  if (from === '' && to === '') return undefined
  let start: number
  let end: number
  if (from === '') {
    start = Math.max(size - Number(to), 0)
    end = size - 1
  } else {
    start = Number(from)
    end = to === '' ? size - 1 : Math.min(Number(to), size - 1)
  }
  if (start > end || start >= size) return 'unsatisfiable'
  return { start, end }
}
