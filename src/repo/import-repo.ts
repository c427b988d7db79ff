/**
 * com.atproto.repo.importRepo's engine: a repo CAR (moving in from another PDS) is staged,
 * its commit verified against the DID's signing key, its tree proven canonical, and then, in
 * one transaction, it replaces whatever the account's repo held, under a new commit over the
 * same data signed with the key held here (the one the DID document will name once the
 * move completes). A failed import changes nothing.
 *
 * @module
 */
import { TID } from '@atproto/common'
import type { Keypair } from '@atproto/crypto'
import { BlockMap, signCommit } from '@atproto/repo'
import { decode as cborDecode, encode as cborEncode } from '@ipld/dag-cbor'
import { CID } from 'multiformats/cid'
import { rt } from '#generated/index.js'
import type { Database } from '#src/db/database.js'
import { isValidSignature } from '#src/identity/verify-signature.js'
import type { Cid } from './block-store.js'
import { ImportError } from './errors.js'
import { clearStaging, newImportId, stageCar } from './import-stage.js'
import { walkImportedTree } from './import-walk.js'
import { lockRoot } from './repo-writer.js'

/** What an import needs besides the request. */
export interface ImportDeps {
  db: Database
  dialect: 'sqlite' | 'postgres'
  /** Runs in the import's transaction for an active account (the firehose's `#sync`). */
  onImported?: (trx: Database, did: string, commit: ImportedCommit) => Promise<unknown>
  /** After the transaction committed, with that (finished) transaction. */
  afterCommit?: (trx: Database) => void
  /**
   * The account's signing key as stored now, read in the import's transaction under the repo
   * lock; unset, the request's key signs. See `WriterDeps.signingKey`.
   */
  signingKey?: (trx: Database, did: string) => Promise<Keypair>
}

/** The commit an import ends with. */
export interface ImportedCommit {
  cid: Cid
  rev: string
  bytes: Uint8Array
}

/** One import. */
export interface ImportRequest {
  did: string
  /** The CAR, as it streams in. */
  body: AsyncIterable<Uint8Array>
  /** did:key the imported commit must be signed with (the DID document's key now). */
  verifyKey: string
  /** The account's signing key here, which signs the new head commit unless `deps.signingKey` is set. */
  keypair: Keypair
  /** Whether consumers must hear of the new repo now (an active account), or at activation. */
  active: boolean
}

/** What an import did. */
export interface ImportResult {
  cid: string
  rev: string
  records: number
  blocks: number
}

/**
 * @throws ImportError for a malformed, unverifiable or non-canonical repo (nothing stored)
 * @example
 * await importRepo(deps, { did, body: req, verifyKey, keypair, active: false })
 */
export async function importRepo(deps: ImportDeps, req: ImportRequest): Promise<ImportResult> {
  const { db } = deps
  const importId = newImportId()
  try {
    await clearStaging(db, importId)
    const staged = await stageCar(db, importId, req.body)
    const imported = await loadCommit(db, importId, staged.root, req.did)
    const { sig, ...unsigned } = imported
    if (!(await isValidSignature(req.verifyKey, cborEncode(unsigned), sig))) {
      throw new ImportError("The repo's commit is not signed by the DID's current signing key")
    }
    const data = String(imported.data)
    const records = await walkImportedTree(db, importId, req.did, data)
    let committed: Database | undefined
    const result = await db.transaction().execute(async (trx) => {
      committed = trx
      // @NOTE the write path's lock: a rotation in another process stores its key under it, so
      // the key read after it is the one the DID document names once that rotation is done
      const current = await lockRoot(trx, deps.dialect, req.did)
      const newest = current && current.rev > imported.rev ? current.rev : imported.rev
      const keypair = deps.signingKey ? await deps.signingKey(trx, req.did) : req.keypair
      const commit = await newCommit(req.did, keypair, imported.data as Cid, TID.nextStr(newest))
      await replaceRepo(trx, importId, req.did, commit, current !== undefined)
      if (req.active) await deps.onImported?.(trx, req.did, commit)
      return { cid: commit.cid.toString(), rev: commit.rev }
    })
    if (committed) deps.afterCommit?.(committed)
    return { ...result, records, blocks: staged.blocks }
  } finally {
    await clearStaging(db, importId)
  }
}

interface SignedCommit {
  did: string
  version: number
  data: unknown
  rev: string
  prev: unknown
  sig: Uint8Array
}

async function loadCommit(db: Database, importId: string, root: string, did: string): Promise<SignedCommit> {
  const row = await db
    .selectFrom('importBlock')
    .select('content')
    .where('importId', '=', importId)
    .where('cid', '=', root)
    .executeTakeFirst()
  if (!row) throw new ImportError(`The CAR lacks its root block ${root}`)
  let commit: unknown
  try {
    commit = cborDecode(row.content)
  } catch (err) {
    throw new ImportError('The root block is not valid DAG-CBOR', { cause: err })
  }
  if (!rt.isPlainObject(commit)) throw new ImportError('The root block is not a commit')
  const { did: owner, version, data, rev, sig } = commit
  if (version !== 3 && version !== 2) throw new ImportError(`Unsupported repo version ${String(version)}`)
  if (
    typeof owner !== 'string' ||
    typeof rev !== 'string' ||
    !(sig instanceof Uint8Array) ||
    CID.asCID(data) === null
  ) {
    throw new ImportError('The root block is not a signed commit')
  }
  if (owner !== did) throw new ImportError(`The repo belongs to ${owner}, not to ${did}`)
  if (!rt.isTid(rev)) throw new ImportError(`The commit's rev is not a TID: ${rev}`)
  return commit as unknown as SignedCommit
}

async function newCommit(did: string, keypair: Keypair, data: Cid, rev: string): Promise<ImportedCommit> {
  const signed = await signCommit({ did, version: 3, rev, prev: null, data }, keypair)
  const blocks = new BlockMap()
  const cid = await blocks.add(signed)
  return { cid, rev, bytes: blocks.get(cid) as Uint8Array }
}

/** Swaps the repo's blocks, records and root for the staged ones (inside the import's transaction). */
async function replaceRepo(trx: Database, importId: string, did: string, commit: ImportedCommit, exists: boolean) {
  await trx.deleteFrom('recordBlob').where('did', '=', did).execute()
  await trx.deleteFrom('record').where('did', '=', did).execute()
  await trx.deleteFrom('repoBlock').where('did', '=', did).execute()
  await trx
    .insertInto('repoBlock')
    .columns(['did', 'cid', 'repoRev', 'size', 'content'])
    .expression((eb) =>
      eb
        .selectFrom('importBlock')
        .select((b) => [b.val(did).as('did'), 'cid', b.val(commit.rev).as('repoRev'), 'size', 'content'])
        .where('importId', '=', importId)
        .where('reachable', '=', 1),
    )
    .execute()
  const cid = commit.cid.toString()
  await trx
    .insertInto('repoBlock')
    .values({ did, cid, repoRev: commit.rev, size: commit.bytes.byteLength, content: commit.bytes })
    .onConflict((oc) => oc.doNothing())
    .execute()
  const now = new Date().toISOString()
  await trx
    .insertInto('record')
    .columns(['uri', 'cid', 'did', 'collection', 'rkey', 'repoRev', 'indexedAt'])
    .expression((eb) =>
      eb
        .selectFrom('importRecord')
        .select((b) => [
          'uri',
          'cid',
          b.val(did).as('did'),
          'collection',
          'rkey',
          b.val(commit.rev).as('repoRev'),
          b.val(now).as('indexedAt'),
        ])
        .where('importId', '=', importId),
    )
    .execute()
  await trx
    .insertInto('recordBlob')
    .columns(['recordUri', 'blobCid', 'did'])
    .expression((eb) =>
      eb
        .selectFrom('importRecordBlob')
        .select((b) => ['recordUri', 'blobCid', b.val(did).as('did')])
        .where('importId', '=', importId),
    )
    .execute()
  if (exists) {
    await trx.updateTable('repoRoot').set({ cid, rev: commit.rev, indexedAt: now }).where('did', '=', did).execute()
  } else {
    await trx.insertInto('repoRoot').values({ did, cid, rev: commit.rev, indexedAt: now }).execute()
  }
}
