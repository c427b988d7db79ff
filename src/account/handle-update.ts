/**
 * Changing an account's handle: the new handle is checked (free here; a handle outside our
 * domains must already name the account's DID), published in the did:plc document with the
 * PDS rotation key, then stored with an `#identity` event in one transaction. The old handle
 * is free again as soon as that commits.
 *
 * @module
 */
import type { Keypair } from '@atproto/crypto'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { type Identity, nextOperation } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { AccountEvents } from './account-service.js'
import { AccountError } from './errors.js'
import { checkHandle, normalizeHandle, serviceDomainOf } from './handle.js'

/** What {@link updateHandle} needs. */
export interface HandleUpdateDeps {
  db: Database
  config: Pick<Config, 'serviceHandleDomains'>
  identity: Identity
  logger: Logger
  events?: AccountEvents
  /** The PDS's PLC rotation key. */
  rotationKey(): Promise<Keypair>
}

/**
 * Gives account `did` the handle `input`. Setting the handle it already has publishes it
 * again (a way to make relays and AppViews re-check it).
 *
 * @throws AccountError (`InvalidHandle`, `HandleNotAvailable`, `UnsupportedDomain`), `PlcError` when the directory refuses
 * @example
 * await updateHandle(deps, 'did:plc:abc', 'alice.example.com')
 */
export async function updateHandle(deps: HandleUpdateDeps, did: string, input: string): Promise<string> {
  const { db, config, identity } = deps
  const handle = normalizeHandle(input)
  checkHandle(handle, config.serviceHandleDomains)
  const holder = await db.selectFrom('account').select('did').where('handle', '=', handle).executeTakeFirst()
  if (holder && holder.did !== did) throw new AccountError('HandleNotAvailable', 'Handle already taken')
  if (serviceDomainOf(handle, config.serviceHandleDomains) === undefined) {
    const resolved = await identity.handles.resolve(handle, { fresh: true })
    if (resolved !== did) {
      throw new AccountError(
        'InvalidHandle',
        `External handle did not resolve to DID: set a DNS TXT record _atproto.${handle} with "did=${did}", or serve ${did} at https://${handle}/.well-known/atproto-did`,
      )
    }
  }
  // @NOTE the directory is asked first and outside the transaction (a network round trip must
  // not hold SQLite's write lock); should the transaction then fail, the document names a
  // handle the account does not have yet, and a retry converges
  if (did.startsWith('did:plc:')) await publishHandle(deps, did, handle)
  try {
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('account').set({ handle }).where('did', '=', did).execute()
      await deps.events?.identity(trx, did, handle)
    })
  } catch (err) {
    if (isUniqueViolation(err)) throw new AccountError('HandleNotAvailable', 'Handle already taken', { cause: err })
    throw err
  }
  deps.events?.committed()
  identity.dids.forget(did)
  identity.handles.forget(handle)
  deps.logger.info({ did, handle }, 'updated handle')
  return handle
}

async function publishHandle(deps: HandleUpdateDeps, did: string, handle: string): Promise<void> {
  const { plc } = deps.identity
  const last = await plc.getLastOperation(did)
  if (!last) throw new AccountError('InvalidRequest', `The PLC directory does not know ${did}`)
  const rotationKey = await deps.rotationKey()
  if (!last.rotationKeys.includes(rotationKey.did())) {
    throw new AccountError(
      'InvalidRequest',
      'This PDS no longer holds a rotation key of the DID: update the handle with your own key',
    )
  }
  const aka = `at://${handle}`
  if (last.alsoKnownAs[0] === aka) return
  const next = await nextOperation(
    last,
    (op) => ({ ...op, alsoKnownAs: [aka, ...op.alsoKnownAs.filter((name) => !name.startsWith('at://'))] }),
    rotationKey,
  )
  await plc.sendOperation(did, next)
}
