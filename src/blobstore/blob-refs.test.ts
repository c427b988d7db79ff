import { CID } from 'multiformats/cid'
import { expect, test } from 'vitest'
import { blobRefs, type RecordBlobRef } from './blob-refs.js'

const A = CID.parse('bafkreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm')
const B = CID.parse('bafkreibme22gw2h7y2h7tg2fhqotaqjucnbc24deqo72b6mkl2egezxhvy')
const blob = (ref: CID, mimeType = 'image/png', size = 10) => ({ $type: 'blob', ref, mimeType, size })

const cases: [string, { given: unknown; want: RecordBlobRef[] }][] = [
  ['a record without blobs has none', { given: { $type: 'x', text: 'hi', n: 1 }, want: [] }],
  [
    'a blob in a nested embed',
    {
      given: { embed: { media: { images: [{ image: blob(A) }] } } },
      want: [{ cid: A.toString(), mimeType: 'image/png', size: 10 }],
    },
  ],
  [
    'each CID once, in order',
    {
      given: { a: blob(A), b: [blob(B, 'video/mp4', 99), blob(A)] },
      want: [
        { cid: A.toString(), mimeType: 'image/png', size: 10 },
        { cid: B.toString(), mimeType: 'video/mp4', size: 99 },
      ],
    },
  ],
  [
    'a legacy blob has no size',
    {
      given: { avatar: { cid: A.toString(), mimeType: 'image/jpeg' } },
      want: [{ cid: A.toString(), mimeType: 'image/jpeg', size: undefined }],
    },
  ],
  ['a plain link is not a blob', { given: { link: A, bytes: new Uint8Array(3) }, want: [] }],
]
test.each(cases)('%s', (_, { given, want }) => expect(blobRefs(given)).toEqual(want))
