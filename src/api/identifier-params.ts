/**
 * Edge checks for identifiers that the Lexicon formats let through but the PDS cannot use.
 *
 * @NOTE the generated `cid` format check follows the interop vectors, which test CID syntax
 * only (non-base32 strings such as "99999999999999999999" pass it); a CID this PDS will look
 * up or compare must decode. Cursors are opaque strings in the Lexicons, but each of ours is
 * an identifier of a known kind (a record key, a DID, a CID); anything else is a client's
 * mistake, answered 400 before it reaches a query.
 * @module
 */
import { rt } from '#generated/index.js'
import { InvalidRequestError } from '#src/errors.js'

/**
 * `value` if it decodes to a CIDv1; else a 400 InvalidRequest naming `name`.
 *
 * @example
 * const cids = params.cids.map((cid, i) => requireCid(cid, `cids/${i}`))
 */
export function requireCid(value: string, name: string): string {
  try {
    const cid = rt.parseCid(value)
    if (cid.version === 1) return value
  } catch {
    // the message below says all a client needs
  }
  throw new InvalidRequestError(`${name} must be a CID`)
}

/** The kinds of pagination cursor the PDS hands out. */
export type CursorKind = 'rkey' | 'did' | 'cid'

/**
 * `cursor` (possibly undefined) if it is of `kind`; else a 400 InvalidRequest.
 *
 * @example
 * const cursor = checkCursor(params.cursor, 'rkey')
 */
export function checkCursor(cursor: string | undefined, kind: CursorKind): string | undefined {
  if (cursor === undefined) return undefined
  const ok = kind === 'rkey' ? rt.isRecordKey(cursor) : kind === 'did' ? rt.isDid(cursor) : isDecodableCid(cursor)
  if (!ok) throw new InvalidRequestError('Malformed cursor')
  return cursor
}

function isDecodableCid(value: string): boolean {
  try {
    return rt.parseCid(value).version === 1
  } catch {
    return false
  }
}
