/**
 * The bodies of firehose events, as stored in `repo_seq` and sent on the wire: DAG-CBOR maps
 * with their `seq` and `time` already in, so a frame is a fixed header plus the stored bytes.
 *
 * @see https://atproto.com/specs/event-stream#framing
 * @see https://atproto.com/specs/sync#firehose
 * @module
 */
import { encode as cborEncode } from '@ipld/dag-cbor'
import { carFile } from '#src/repo/car.js'
import { blockEntries } from '#src/repo/cid-strings.js'
import type { RepoCommit } from '#src/repo/commit.js'

/** The event kinds the log stores (the `#name` of the subscribeRepos message, without `#`). */
export type EventType = 'commit' | 'sync' | 'identity' | 'account'

/** A body ready to be stored, before it has a seq. */
export interface PendingEvent {
  did: string
  type: EventType
  /** Builds the DAG-CBOR body once the seq and time are known. */
  encode(seq: number, time: string): Uint8Array
}

/** The `status` values an `#account` event may carry when `active` is false. */
export type AccountEventStatus = 'takendown' | 'suspended' | 'deleted' | 'deactivated' | 'desynchronized' | 'throttled'

/**
 * A sync v1.1 `#commit`: the ops with their previous CIDs, `prevData`, and a CAR of the new
 * blocks plus the proof blocks, so a consumer can verify the signature and invert the ops.
 *
 * @example
 * await sequencer.append(trx, commitEvent(commit))
 */
export function commitEvent(commit: RepoCommit): PendingEvent {
  const blocks = new Map<string, Uint8Array>()
  // @NOTE the commit block first, as a CAR reader looking for the root would expect; keyed
  // by CID string, as the block maps hold them (no CID object is built per block)
  for (const map of [commit.relevantBlocks, commit.newBlocks]) {
    for (const [cid, bytes] of blockEntries(map)) if (!blocks.has(cid)) blocks.set(cid, bytes)
  }
  const car = carFile(
    [commit.cid.toString()],
    Array.from(blocks, ([cid, bytes]) => ({ cid, bytes })),
  )
  const ops = commit.ops.map((op) => ({
    action: op.action,
    path: `${op.collection}/${op.rkey}`,
    cid: op.cid,
    ...(op.prev ? { prev: op.prev } : {}),
  }))
  return {
    did: commit.did,
    type: 'commit',
    encode: (seq, time) =>
      cborEncode({
        seq,
        rebase: false,
        tooBig: false,
        repo: commit.did,
        commit: commit.cid,
        rev: commit.rev,
        since: commit.since,
        blocks: car,
        ops,
        blobs: [],
        ...(commit.prevData ? { prevData: commit.prevData } : {}),
        time,
      }),
  }
}

/**
 * An `#identity` event: tells consumers to refresh the DID document and handle.
 *
 * @example
 * await sequencer.append(trx, identityEvent(did, 'alice.test'))
 */
export function identityEvent(did: string, handle?: string | null): PendingEvent {
  return {
    did,
    type: 'identity',
    encode: (seq, time) => cborEncode({ seq, did, time, ...(handle ? { handle } : {}) }),
  }
}

/**
 * An `#account` event: the account's hosting status here.
 *
 * @example
 * await sequencer.append(trx, accountEvent(did, { active: true }))
 */
export function accountEvent(did: string, state: { active: boolean; status?: AccountEventStatus }): PendingEvent {
  return {
    did,
    type: 'account',
    encode: (seq, time) =>
      cborEncode({ seq, did, time, active: state.active, ...(state.status ? { status: state.status } : {}) }),
  }
}

/**
 * A `#sync` event: the repo's current commit (its CAR holds just the signed commit block),
 * telling consumers to resynchronise from it (sent when an account is activated).
 *
 * @example
 * await sequencer.append(trx, syncEvent(did, { rev, cid, bytes }))
 */
export function syncEvent(did: string, commit: { rev: string; cid: string; bytes: Uint8Array }): PendingEvent {
  const blocks = carFile([commit.cid], [{ cid: commit.cid, bytes: commit.bytes }])
  return {
    did,
    type: 'sync',
    encode: (seq, time) => cborEncode({ seq, did, rev: commit.rev, blocks, time }),
  }
}
