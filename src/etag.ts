/**
 * The ETag express puts on every response body it sends, made with one hashing call.
 *
 * @module
 */
import { hash } from 'node:crypto'

/**
 * Express's default weak ETag, `W/"<byte length, hex>-<sha1, base64, 27 chars>"`, the same
 * text the `etag` package makes (so a client's `If-None-Match` keeps matching), computed with
 * node's one-shot `hash` instead of a `Hash` object per response.
 *
 * @example
 * app.set('etag', weakEtag)
 */
export function weakEtag(body: string | Buffer, encoding?: BufferEncoding): string {
  const bytes = typeof body === 'string' ? Buffer.from(body, encoding) : body
  return `W/"${bytes.length.toString(16)}-${hash('sha1', bytes, 'base64').slice(0, 27)}"`
}
