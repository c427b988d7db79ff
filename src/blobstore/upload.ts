/**
 * Receiving one blob: the bytes stream to temp storage while they are hashed, counted and
 * their first bytes kept for MIME sniffing; memory stays flat whatever the size.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { type Readable, Transform } from 'node:stream'
import { CID } from 'multiformats/cid'
import * as Digest from 'multiformats/hashes/digest'
import type { BlobStore } from './blob-store.js'
import { BlobTooLargeError } from './errors.js'

/** What {@link receiveBlob} stored and learned. */
export interface ReceivedBlob {
  tempKey: string
  /** CIDv1, raw codec, sha-256 multihash of the exact bytes. */
  cid: string
  size: number
  mimeType: string
}

const RAW_CODEC = 0x55
const SHA2_256 = 0x12
// @NOTE file-type needs at most this many leading bytes to recognise any format it knows
const SNIFF_BYTES = 4100
const DEFAULT_MIME = 'application/octet-stream'
const HIGH_WATER_MARK = 1024 * 1024

/**
 * Streams `body` into `store`'s temp space. The MIME type is sniffed from the bytes; only
 * when nothing is recognised (plain text, unknown formats) is `declaredType` used.
 *
 * @throws BlobTooLargeError past `limit` bytes (the body is left unread, nothing is kept),
 *   or whatever error `body` fails with (a client that went away)
 * @example
 * const blob = await receiveBlob(store, req, { limit: 100 * 1024 * 1024, declaredType: 'image/png' })
 */
export async function receiveBlob(
  store: BlobStore,
  body: Readable,
  opts: { limit: number; declaredType?: string },
): Promise<ReceivedBlob> {
  const hash = createHash('sha256')
  const head: Buffer[] = []
  let headBytes = 0
  let size = 0
  const meter = new Transform({
    // @NOTE a deeper buffer lets the store write in bigger batches (fewer syscalls) while the client keeps sending
    highWaterMark: HIGH_WATER_MARK,
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > opts.limit) return done(new BlobTooLargeError(opts.limit))
      hash.update(chunk)
      if (headBytes < SNIFF_BYTES) {
        const part = Buffer.from(chunk.subarray(0, SNIFF_BYTES - headBytes))
        head.push(part)
        headBytes += part.length
      }
      done(null, chunk)
    },
  })
  // @NOTE piped, not pipeline(): on BlobTooLarge the body is unpiped and left for node to
  // drain, so the client still gets the 400 instead of a reset connection
  body.once('error', (err) => meter.destroy(err))
  // @NOTE the store may attach its pipeline only after an await (a mkdir): a limit hit before
  // then would be an uncaught 'error' that kills the process. The pipeline still sees the error
  // (the stream is destroyed with it), so this listener only keeps it from being uncaught.
  meter.on('error', () => {})
  body.pipe(meter)
  const tempKey = await store.putTemp(meter)
  const cid = CID.createV1(RAW_CODEC, Digest.create(SHA2_256, hash.digest())).toString()
  // @NOTE loaded at the first upload: ~1.3 MB of RSS that a server taking no blobs does not need
  const { fileTypeFromBuffer } = await import('file-type')
  const sniffed = await fileTypeFromBuffer(Buffer.concat(head))
  return { tempKey, cid, size, mimeType: sniffed?.mime ?? normaliseMime(opts.declaredType) }
}

function normaliseMime(declared: string | undefined): string {
  const mime = declared?.split(';')[0]?.trim().toLowerCase()
  if (!mime || mime === '*/*' || !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mime)) return DEFAULT_MIME
  return mime
}
