import { expect, test } from 'vitest'
import type { ByteRange } from './blob-store.js'
import { parseRange } from './byte-range.js'

const cases: [string, { given: string | undefined; size: number; want: ByteRange | 'unsatisfiable' | undefined }][] = [
  ['no header means the whole blob', { given: undefined, size: 100, want: undefined }],
  ['a closed range', { given: 'bytes=10-19', size: 100, want: { start: 10, end: 19 } }],
  ['an open range runs to the end', { given: 'bytes=90-', size: 100, want: { start: 90, end: 99 } }],
  ['a suffix range is the last n bytes', { given: 'bytes=-5', size: 100, want: { start: 95, end: 99 } }],
  ['a suffix longer than the blob is all of it', { given: 'bytes=-500', size: 100, want: { start: 0, end: 99 } }],
  ['an end past the blob is clipped', { given: 'bytes=50-500', size: 100, want: { start: 50, end: 99 } }],
  ['a start past the end is unsatisfiable', { given: 'bytes=100-', size: 100, want: 'unsatisfiable' }],
  ['a reversed range is unsatisfiable', { given: 'bytes=20-10', size: 100, want: 'unsatisfiable' }],
  ['several ranges are ignored', { given: 'bytes=0-1,5-6', size: 100, want: undefined }],
  ['other units are ignored', { given: 'items=0-1', size: 100, want: undefined }],
  ['an empty range is ignored', { given: 'bytes=-', size: 100, want: undefined }],
]
test.each(cases)('%s', (_, { given, size, want }) => expect(parseRange(given, size)).toEqual(want))
