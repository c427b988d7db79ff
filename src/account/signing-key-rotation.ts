/**
 * Rotation of a hosted account's repo signing key, driven by this PDS: the new key (one
 * reserved here, so it is held before anything names it) goes into the did:plc document
 * through our PLC rotation key; then, in one transaction under the repo lock, it replaces
 * the stored key, the repo's head is re-signed with it, and the firehose hears `#identity`
 * and `#sync`. Every later commit is signed with the new key.
 *
 * A failed PLC submission changes nothing here (the reservation stays, so the same call can
 * be retried). Should the transaction fail after the directory took the operation, the
 * reservation still holds the key and retrying the same call completes the rotation.
 *
 * @module
 */
import { type Keypair, parseDidKey } from '@atproto/crypto'
import type { Database } from '#src/db/database.js'
import { type Identity, nextOperation } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { ResignedCommit } from '#src/repo/repo-writer.js'
import type { AccountService } from './account-service.js'
import { AccountError } from './errors.js'
import { RESERVATION_TTL_MS } from './signing-key-reservations.js'

/** What a rotation needs. */
export interface RotationDeps {
  db: Database
  identity: Identity
  logger: Logger
  accounts: Pick<
    AccountService,
    'getAccount' | 'currentSigningKey' | 'reservations' | 'storeSigningKey' | 'forgetSigningKey'
  >
  repos: { resign(trx: Database, did: string, keypair: Keypair): Promise<ResignedCommit> }
  sequencer: {
    identity(trx: Database, did: string, handle?: string | null): Promise<unknown>
    sync(trx: Database, did: string, commit: { rev: string; cid: string; bytes: Uint8Array }): Promise<unknown>
  }
  /** Wakes the firehose after the transaction committed. */
  committed(): void
  /** This PDS's PLC rotation key. */
  rotationKey(): Promise<Keypair>
}

/** What a rotation did: the key the document named before, the key it names now. */
export interface RotationResult {
  before: string | null
  after: string
  /** false when `after` was already the key held here (then only the document was brought in line, if need be). */
  rotated: boolean
}

/**
 * Makes `signingKey` the repo signing key of hosted account `did`. `signingKey` is a key
 * reserved here (com.atproto.server.reserveSigningKey, for `did` or for nobody) or the key
 * held here already (the DID document is then brought in line with it, if it is not).
 * `inTransaction` runs in the rotation's transaction (the admin audit entry).
 *
 * @throws AccountError for a key not held here, an account not on did:plc, a DID we hold no
 *   rotation key of; PlcError when the directory refuses (nothing changed then)
 * @example
 * const signingKey = await accounts.reservations.reserve(did)
 * await rotateSigningKey(deps, did, signingKey)
 */
export async function rotateSigningKey(
  deps: RotationDeps,
  did: string,
  signingKey: string,
  opts: { inTransaction?: (trx: Database, result: RotationResult) => Promise<unknown> } = {},
): Promise<RotationResult> {
  const { db, identity, accounts } = deps
  const account = await accounts.getAccount(did)
  if (!account) throw new AccountError('InvalidRequest', `Account not found: ${did}`)
  try {
    parseDidKey(signingKey)
  } catch (err) {
    throw new AccountError('InvalidRequest', 'signingKey must be a did:key', { cause: err })
  }
  // @NOTE a did:web document is its owner's to publish: we could only swap the key we hold,
  // and every commit would fail verification until they did, so we refuse instead
  if (!did.startsWith('did:plc:')) {
    throw new AccountError(
      'InvalidRequest',
      `Only did:plc signing keys can be rotated here: ${did} controls its own DID document`,
    )
  }
  const held = await accounts.currentSigningKey(db, did)
  const reserved = held.did() === signingKey ? null : await accounts.reservations.find({ did, keyDid: signingKey })
  if (held.did() !== signingKey && !reserved) {
    throw new AccountError(
      'InvalidRequest',
      `signingKey is not a key reserved on this PDS for ${did}: reserve one with com.atproto.server.reserveSigningKey (it lasts ${RESERVATION_TTL_MS / 3_600_000} hours)`,
    )
  }

  const last = await identity.plc.getLastOperation(did)
  if (!last) throw new AccountError('InvalidRequest', `The PLC directory does not know ${did}`)
  const before = last.verificationMethods.atproto ?? null
  if (before !== signingKey) {
    const rotationKey = await deps.rotationKey()
    if (!last.rotationKeys.includes(rotationKey.did())) {
      throw new AccountError('InvalidRequest', 'This PDS holds no rotation key of the DID, so it cannot update it')
    }
    const next = await nextOperation(
      last,
      (op) => ({ ...op, verificationMethods: { ...op.verificationMethods, atproto: signingKey } }),
      rotationKey,
    )
    await identity.plc.sendOperation(did, next)
  }
  identity.dids.forget(did)
  const result: RotationResult = { before, after: signingKey, rotated: reserved !== null }
  if (!reserved && before === signingKey) return result

  try {
    await db.transaction().execute(async (trx) => {
      if (reserved) {
        // @NOTE the repo lock first: a commit in flight finishes with the old key before the new one is stored
        const commit = await deps.repos.resign(trx, did, reserved.keypair)
        if (!(await accounts.reservations.take(trx, { did, keyDid: signingKey }))) {
          throw new AccountError('InvalidRequest', 'The reserved signing key expired meanwhile')
        }
        await accounts.storeSigningKey(trx, did, reserved.privateKey)
        await deps.sequencer.identity(trx, did, account.handle)
        await deps.sequencer.sync(trx, did, { cid: commit.cid.toString(), rev: commit.rev, bytes: commit.bytes })
      } else {
        await deps.sequencer.identity(trx, did, account.handle)
      }
      await opts.inTransaction?.(trx, result)
    })
  } catch (err) {
    if (before !== signingKey && reserved) {
      deps.logger.error(
        { did, signingKey, err },
        'signing key rotation: the PLC document names the new key but storing it failed; retry with the same key',
      )
    }
    throw err
  } finally {
    accounts.forgetSigningKey(did)
  }
  deps.committed()
  deps.logger.info({ did, before, after: signingKey, rotated: result.rotated }, 'rotated the repo signing key')
  return result
}
