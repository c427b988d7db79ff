/**
 * Content codings the PDS can undo itself, for the responses it has to read (errors,
 * read-after-write); everything else is passed through untouched.
 *
 * @module
 */
import { promisify } from 'node:util'
import zlib from 'node:zlib'

const gunzip = promisify(zlib.gunzip)
const inflate = promisify(zlib.inflate)
const brotli = promisify(zlib.brotliDecompress)

/** Codings {@link decodeBody} undoes. */
const DECODABLE = new Set(['gzip', 'x-gzip', 'deflate', 'br', 'identity'])

/**
 * The `accept-encoding` to send upstream for a response we may have to read: the client's
 * codings that we can undo too (only when `preferCompressed`), else `identity`.
 */
export function readableAcceptEncoding(clientHeader: string | undefined, preferCompressed: boolean): string {
  if (!preferCompressed || !clientHeader) return 'identity'
  const codings = clientHeader
    .split(',')
    .map((part) => part.trim())
    .filter((part) => DECODABLE.has(part.split(';')[0]?.trim().toLowerCase() ?? ''))
  return codings.length > 0 ? [...codings, 'identity;q=0.001'].join(', ') : 'identity'
}

/**
 * Undoes the `content-encoding` of `body` (codings applied in order, undone in reverse),
 * producing at most `maxBytes`. Throws on a coding it does not know or on corrupt data.
 */
export async function decodeBody(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  if (!contentEncoding) return body
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter(Boolean)
    .reverse()
  let out = body
  const opts = { maxOutputLength: maxBytes }
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') out = await gunzip(out, opts)
    else if (coding === 'deflate') out = await inflate(out, opts)
    else if (coding === 'br') out = await brotli(out, opts)
    else if (coding !== 'identity') throw new Error(`Unsupported content-encoding: ${coding}`)
  }
  return out
}
