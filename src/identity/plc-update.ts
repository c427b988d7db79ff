/**
 * Updates to a hosted did:plc: the next operation after the directory's last one, signed
 * with our rotation key, changing the handle or the repo signing key and keeping the rest.
 *
 * @see https://web.plc.directory/spec/v0.1/did-plc
 * @module
 */
import type { Keypair } from '@atproto/crypto'
import * as dagCbor from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { sha256 } from 'multiformats/hashes/sha2'
import { type PlcClient, PlcError } from './plc-client.js'
import { type PlcOperation, signPlcOperation, type UnsignedPlcOperation } from './plc-operation.js'

/** What to change in the DID document. */
export interface PlcChange {
  /** The new handle (alsoKnownAs becomes `at://<handle>` followed by any other entries). */
  handle?: string
  /** The new repo signing key (did:key), `verificationMethods.atproto`. */
  signingKey?: string
}

/** The CID a PLC directory names an operation by (`prev` of the next one): dag-cbor, sha-256. */
export async function cidForOperation(op: PlcOperation): Promise<string> {
  const bytes = dagCbor.encode(op)
  return CID.createV1(dagCbor.code, await sha256.digest(bytes)).toString()
}

/**
 * Sends the operation that applies `change` to `did`, after the directory's last operation.
 *
 * @throws PlcError when the directory does not know the DID, its last operation is a
 * tombstone, or it refuses the new one (e.g. our rotation key is no longer listed)
 * @example
 * await updatePlcIdentity(ctx.identity.plc, did, rotationKey, { handle: 'new.test' })
 */
export async function updatePlcIdentity(
  plc: PlcClient,
  did: string,
  rotationKey: Keypair,
  change: PlcChange,
): Promise<void> {
  const res = await fetch(`${plc.url.replace(/\/+$/, '')}/${encodeURIComponent(did)}/log/last`, {
    signal: AbortSignal.timeout(10_000),
  }).catch((err: unknown) => {
    throw new PlcError(`The PLC directory at ${plc.url} could not be reached`, undefined, { cause: err })
  })
  if (!res.ok) {
    await res.body?.cancel()
    throw new PlcError(`The PLC directory answered ${res.status} for the last operation of ${did}`, res.status)
  }
  const last = (await res.json()) as PlcOperation & { type: string }
  if (last.type !== 'plc_operation') throw new PlcError(`The last operation of ${did} is a ${last.type}`)
  const next: UnsignedPlcOperation = {
    type: 'plc_operation',
    rotationKeys: last.rotationKeys,
    verificationMethods: {
      ...last.verificationMethods,
      ...(change.signingKey ? { atproto: change.signingKey } : {}),
    },
    alsoKnownAs: change.handle
      ? [`at://${change.handle}`, ...last.alsoKnownAs.filter((aka) => !aka.startsWith('at://'))]
      : last.alsoKnownAs,
    services: last.services,
    prev: await cidForOperation(last),
  }
  await plc.sendOperation(did, await signPlcOperation(next, rotationKey))
}
