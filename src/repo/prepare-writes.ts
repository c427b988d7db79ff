/**
 * Turns requested writes into what a commit needs: checked collection and record key (a
 * TID when none is given), the record validated against its Lexicon, encoded to DAG-CBOR
 * and hashed. Runs before the write transaction, so a bad write costs no lock.
 *
 * @module
 */
import { TID } from '@atproto/common'
import { BlockMap } from '@atproto/repo'
import { collections, rt } from '#generated/index.js'
import type { Cid } from './block-store.js'
import { InvalidWriteError } from './errors.js'

/**
 * The largest record, in bytes of DAG-CBOR: 1 MiB, the limit other atproto
 * implementations (indigo's MAX_CBOR_RECORD_SIZE) hold records to.
 */
export const MAX_RECORD_BYTES = 1024 * 1024

/** A record in lex form: links are CIDs, bytes are Uint8Array, blobs are `{ $type: 'blob', ref, mimeType, size }`. */
export type LexRecord = { [key: string]: unknown }

/**
 * One write of a batch.
 * - `create` fails if the record exists; without `rkey` one is chosen (a TID, or the
 *   literal of a `literal:*` key type).
 * - `update` fails if the record does not exist.
 * - `put` creates or replaces (putRecord); the commit records which one happened.
 * - `delete` fails if the record does not exist.
 *
 * `swapRecord`: the CID the record must have now; `null` means it must not exist.
 */
export type WriteOp =
  | { action: 'create'; collection: string; rkey?: string; record: LexRecord }
  | { action: 'update' | 'put'; collection: string; rkey: string; record: LexRecord; swapRecord?: string | null }
  | { action: 'delete'; collection: string; rkey: string; swapRecord?: string | null }

/** Whether a record was checked against its Lexicon (`valid`) or its type is not known here (`unknown`). */
export type ValidationStatus = 'valid' | 'unknown'

/** A create, update or put, ready to commit. */
export interface PreparedRecordWrite {
  action: 'create' | 'update' | 'put'
  collection: string
  rkey: string
  uri: string
  record: LexRecord
  cid: Cid
  bytes: Uint8Array
  validationStatus: ValidationStatus
  swapRecord?: string | null
}

/** A delete, ready to commit. */
export interface PreparedDelete {
  action: 'delete'
  collection: string
  rkey: string
  uri: string
  swapRecord?: string | null
}

export type PreparedWrite = PreparedRecordWrite | PreparedDelete

/**
 * Checks and encodes `writes` for the repo of `did`.
 *
 * @param validate `true`: every record must be of a known type and valid; `false`: no Lexicon
 *   checks; `undefined`: records of known types are checked, others accepted as `unknown`.
 * @throws InvalidWriteError naming the write and what is wrong with it
 * @example
 * const [post] = await prepareWrites('did:plc:abc', [
 *   { action: 'create', collection: 'app.bsky.feed.post', record: { $type: 'app.bsky.feed.post', text: 'hi', createdAt } },
 * ])
 */
export async function prepareWrites(
  did: string,
  writes: readonly WriteOp[],
  validate?: boolean,
): Promise<PreparedWrite[]> {
  const prepared: PreparedWrite[] = []
  const seen = new Set<string>()
  for (const write of writes) {
    const one = write.action === 'delete' ? prepareDelete(did, write) : await prepareRecord(did, write, validate)
    if (seen.has(one.uri)) throw new InvalidWriteError(`More than one write to the same record: ${one.uri}`)
    seen.add(one.uri)
    prepared.push(one)
  }
  return prepared
}

function prepareDelete(did: string, write: Extract<WriteOp, { action: 'delete' }>): PreparedDelete {
  checkCollection(write.collection)
  checkRkeySyntax(write.rkey)
  const { collection, rkey, swapRecord } = write
  return { action: 'delete', collection, rkey, uri: recordUri(did, collection, rkey), swapRecord }
}

async function prepareRecord(
  did: string,
  write: Exclude<WriteOp, { action: 'delete' }>,
  validate: boolean | undefined,
): Promise<PreparedRecordWrite> {
  const { action, collection, record } = write
  checkCollection(collection)
  const known = collections[collection]
  const rkey = write.rkey ?? defaultRkey(collection, known?.key)
  checkRkeySyntax(rkey)
  if (!rt.isPlainObject(record)) throw new InvalidWriteError('The record must be an object')
  if (record.$type !== collection) {
    const given = typeof record.$type === 'string' ? `"${record.$type}"` : 'none'
    throw new InvalidWriteError(`The record's $type must be the collection "${collection}"; it is ${given}`)
  }
  let validationStatus: ValidationStatus = 'unknown'
  if (known && validate !== false) {
    checkRkeyType(collection, rkey, known.key)
    const result = known.validate(record)
    if (!result.success) throw new InvalidWriteError(`Invalid ${collection} record: ${result.error.message}`)
    validationStatus = 'valid'
  } else if (!known && validate === true) {
    throw new InvalidWriteError(`Cannot validate a record of unknown type ${collection} (validate=true)`)
  }
  const { cid, bytes } = await encodeRecord(record)
  const prepared: PreparedRecordWrite = {
    action,
    collection,
    rkey,
    uri: recordUri(did, collection, rkey),
    record,
    cid,
    bytes,
    validationStatus,
  }
  if (write.action !== 'create') prepared.swapRecord = write.swapRecord
  return prepared
}

/** `at://<did>/<collection>/<rkey>` */
export function recordUri(did: string, collection: string, rkey: string): string {
  return `at://${did}/${collection}/${rkey}`
}

/**
 * Encodes a record as DAG-CBOR and hashes it, enforcing the atproto data model (no floats,
 * string map keys) and {@link MAX_RECORD_BYTES}.
 */
export async function encodeRecord(record: LexRecord): Promise<{ cid: Cid; bytes: Uint8Array }> {
  const block = new BlockMap()
  let cid: Cid
  try {
    cid = await block.add(record as Parameters<BlockMap['add']>[0])
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new InvalidWriteError(`The record is not valid atproto data: ${reason}`, { cause: err })
  }
  const bytes = block.get(cid) as Uint8Array
  if (bytes.byteLength > MAX_RECORD_BYTES) {
    throw new InvalidWriteError(
      `The record is ${bytes.byteLength} bytes as DAG-CBOR; the limit is ${MAX_RECORD_BYTES} bytes (1 MiB)`,
    )
  }
  return { cid, bytes }
}

function defaultRkey(collection: string, keyType: string | undefined): string {
  if (keyType?.startsWith('literal:')) return keyType.slice('literal:'.length)
  if (keyType === 'nsid') {
    throw new InvalidWriteError(`A record key is required for ${collection} (its keys are NSIDs)`)
  }
  return TID.nextStr()
}

function checkCollection(collection: string): void {
  if (!rt.isNsid(collection)) throw new InvalidWriteError(`Invalid collection: not an NSID: ${collection}`)
}

function checkRkeySyntax(rkey: string): void {
  if (!rt.isRecordKey(rkey)) throw new InvalidWriteError(`Invalid record key: ${JSON.stringify(rkey)}`)
}

/** @see https://atproto.com/specs/record-key#record-key-types */
function checkRkeyType(collection: string, rkey: string, keyType: string): void {
  const ok =
    keyType === 'tid'
      ? rt.isTid(rkey)
      : keyType === 'nsid'
        ? rt.isNsid(rkey)
        : keyType.startsWith('literal:')
          ? rkey === keyType.slice('literal:'.length)
          : true
  if (!ok) throw new InvalidWriteError(`Invalid record key for ${collection}: must be a ${keyType}, got "${rkey}"`)
}
