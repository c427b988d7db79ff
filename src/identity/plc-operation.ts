/**
 * did:plc operations: building, signing and hashing them. The directory accepts an
 * operation whose `sig` is a rotation key's signature over the DAG-CBOR encoding of the
 * operation without `sig`; a genesis operation (`prev: null`) names the DID it creates.
 *
 * @see https://web.plc.directory/spec/v0.1/did-plc
 * @module
 */
import { createHash } from 'node:crypto'
import type { Keypair } from '@atproto/crypto'
import * as dagCbor from '@ipld/dag-cbor'
import { base32 } from 'multiformats/bases/base32'
import { CID } from 'multiformats/cid'
import { create as createDigest } from 'multiformats/hashes/digest'
import { sha256 } from 'multiformats/hashes/sha2'

const sha256Code = sha256.code

/** The service entry of an atproto PDS in a PLC operation. */
export interface PlcService {
  type: string
  endpoint: string
}

/** A signed `plc_operation` (the only operation type this PDS writes). */
export interface PlcOperation {
  type: 'plc_operation'
  /** did:key rotation keys, most powerful first (at most 5). */
  rotationKeys: string[]
  /** did:key verification methods by id; `atproto` is the repo signing key. */
  verificationMethods: Record<string, string>
  /** `at://<handle>` first. */
  alsoKnownAs: string[]
  services: Record<string, PlcService>
  /** CID of the previous operation; null in a genesis operation. */
  prev: string | null
  /** base64url (no padding) signature by one of the rotation keys. */
  sig: string
}

/** A {@link PlcOperation} before it is signed. */
export type UnsignedPlcOperation = Omit<PlcOperation, 'sig'>

/** What a hosted account's identity says: its signing key, handle and PDS. */
export interface AtprotoIdentity {
  /** did:key of the repo signing key. */
  signingKey: string
  handle: string
  /** Base URL of the PDS hosting the repo. */
  pdsEndpoint: string
  /** did:key rotation keys, most powerful first. */
  rotationKeys: string[]
}

/**
 * The unsigned operation that states `identity`, after `prev` (null for a genesis op).
 *
 * @example
 * const op = atprotoOperation({ signingKey, handle: 'alice.test', pdsEndpoint: 'https://pds.example', rotationKeys: [rotation.did()] }, null)
 */
export function atprotoOperation(identity: AtprotoIdentity, prev: string | null): UnsignedPlcOperation {
  return {
    type: 'plc_operation',
    rotationKeys: [...identity.rotationKeys],
    verificationMethods: { atproto: identity.signingKey },
    alsoKnownAs: [`at://${identity.handle}`],
    services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: identity.pdsEndpoint } },
    prev,
  }
}

/** Signs `op` with a rotation key. */
export async function signPlcOperation(op: UnsignedPlcOperation, rotationKey: Keypair): Promise<PlcOperation> {
  const sig = await rotationKey.sign(dagCbor.encode(op))
  return { ...op, sig: Buffer.from(sig).toString('base64url') }
}

/**
 * The DID a signed genesis operation creates: `did:plc:` and the first 24 characters of
 * the base32 SHA-256 of its DAG-CBOR encoding.
 */
export function didForGenesisOperation(op: PlcOperation): string {
  const hash = createHash('sha256').update(dagCbor.encode(op)).digest()
  return `did:plc:${base32.baseEncode(hash).slice(0, 24)}`
}

/**
 * Builds and signs the genesis operation of a new did:plc, and derives its DID.
 *
 * @example
 * const { did, operation } = await createGenesisOperation(identity, rotationKeypair)
 * await plc.sendOperation(did, operation)
 */
export async function createGenesisOperation(
  identity: AtprotoIdentity,
  rotationKey: Keypair,
): Promise<{ did: string; operation: PlcOperation }> {
  const operation = await signPlcOperation(atprotoOperation(identity, null), rotationKey)
  return { did: didForGenesisOperation(operation), operation }
}

/** The CID (v1, dag-cbor, sha-256) of a signed operation: what the next operation names as `prev`. */
export function cidForOperation(op: PlcOperation): string {
  const bytes = dagCbor.encode(op)
  const digest = createHash('sha256').update(bytes).digest()
  return CID.createV1(dagCbor.code, createDigest(sha256Code, digest)).toString()
}

/**
 * The operation that follows `last` with `change` applied, signed by `rotationKey` (which
 * must be one of `last`'s rotation keys, or the directory refuses it).
 *
 * @example
 * const next = await nextOperation(last, (op) => ({ ...op, alsoKnownAs: ['at://bob.test'] }), rotationKey)
 */
export async function nextOperation(
  last: PlcOperation,
  change: (op: UnsignedPlcOperation) => UnsignedPlcOperation,
  rotationKey: Keypair,
): Promise<PlcOperation> {
  const { sig: _, ...unsigned } = last
  return signPlcOperation({ ...change(unsigned), prev: cidForOperation(last) }, rotationKey)
}
