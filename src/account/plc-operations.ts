/**
 * The did:plc operations a user drives through their PDS, chiefly to move house: what the
 * document should say to be hosted here (recommended credentials), an operation signed
 * with this PDS's rotation key once the user proved control with a mailed code, and the
 * submission of an operation (signed by anyone's rotation key) that keeps the account
 * hosted here.
 *
 * @see https://atproto.com/guides/account-migration
 * @module
 */
import type { Keypair } from '@atproto/crypto'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { type Identity, nextOperation, type PlcOperation, type PlcService } from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { Account, AccountEvents } from './account-service.js'
import { consumeEmailToken } from './email-tokens.js'
import { AccountError } from './errors.js'

/** What these operations need. */
export interface PlcOperationDeps {
  db: Database
  config: Pick<Config, 'publicUrl'>
  identity: Identity
  logger: Logger
  events?: AccountEvents
  /** The PDS's PLC rotation key. */
  rotationKey(): Promise<Keypair>
  /** The account's repo signing key. */
  signingKey(did: string): Promise<Keypair>
}

/** The parts of a PLC operation a user may ask to change in {@link signOperation}. */
export interface PlcChanges {
  rotationKeys?: string[]
  alsoKnownAs?: string[]
  verificationMethods?: Record<string, string>
  services?: Record<string, PlcService>
}

const PDS_SERVICE = 'AtprotoPersonalDataServer'

/**
 * What an account's DID document must state to be hosted here: our rotation key, its
 * handle, its repo signing key here, and this PDS as its `atproto_pds` service.
 */
export async function recommendedCredentials(deps: PlcOperationDeps, account: Account): Promise<Required<PlcChanges>> {
  const [rotation, signing] = await Promise.all([deps.rotationKey(), deps.signingKey(account.did)])
  return {
    rotationKeys: [rotation.did()],
    alsoKnownAs: account.handle === null ? [] : [`at://${account.handle}`],
    verificationMethods: { atproto: signing.did() },
    services: { atproto_pds: { type: PDS_SERVICE, endpoint: deps.config.publicUrl } },
  }
}

/**
 * Uses up the mailed `plc_operation` code and returns the operation that follows the DID's
 * last one with `changes`, signed with our rotation key (not submitted).
 *
 * @throws EmailTokenError for a wrong or expired code, AccountError when we hold no rotation key of the DID, PlcError
 */
export async function signOperation(
  deps: PlcOperationDeps,
  did: string,
  token: string,
  changes: PlcChanges,
): Promise<PlcOperation> {
  if (!did.startsWith('did:plc:')) throw new AccountError('InvalidRequest', 'Only did:plc accounts have PLC operations')
  await consumeEmailToken(deps.db, did, 'plc_operation', token)
  const last = await deps.identity.plc.getLastOperation(did)
  if (!last) throw new AccountError('InvalidRequest', `The PLC directory does not know ${did}`)
  const rotationKey = await deps.rotationKey()
  if (!last.rotationKeys.includes(rotationKey.did())) {
    throw new AccountError('InvalidRequest', 'This PDS holds no rotation key of the DID, so it cannot sign for it')
  }
  return nextOperation(last, (op) => ({ ...op, ...definedOnly(changes) }), rotationKey)
}

/**
 * Checks `operation` keeps the account hosted here (our rotation key, this PDS as its
 * service, its signing key here, its handle first), sends it to the directory, and records
 * an `#identity` event.
 *
 * @throws AccountError naming what the operation gets wrong, PlcError when the directory refuses it
 */
export async function submitOperation(deps: PlcOperationDeps, account: Account, operation: unknown): Promise<void> {
  const { did } = account
  if (!did.startsWith('did:plc:')) throw new AccountError('InvalidRequest', 'Only did:plc accounts have PLC operations')
  const op = asPlcOperation(operation)
  const wanted = await recommendedCredentials(deps, account)
  if (!op.rotationKeys.includes(wanted.rotationKeys[0] as string)) {
    throw new AccountError('InvalidRequest', "Rotation keys do not include this PDS's rotation key")
  }
  const pds = op.services.atproto_pds
  if (pds?.type !== PDS_SERVICE || pds.endpoint !== deps.config.publicUrl) {
    throw new AccountError(
      'InvalidRequest',
      `The atproto_pds service must be ${PDS_SERVICE} at ${deps.config.publicUrl}`,
    )
  }
  if (op.verificationMethods.atproto !== wanted.verificationMethods.atproto) {
    throw new AccountError('InvalidRequest', 'The atproto verification method must be the signing key held here')
  }
  if (account.handle !== null && op.alsoKnownAs[0] !== `at://${account.handle}`) {
    throw new AccountError('InvalidRequest', `The first alsoKnownAs entry must be at://${account.handle}`)
  }
  await deps.identity.plc.sendOperation(did, op)
  deps.identity.dids.forget(did)
  await deps.db.transaction().execute((trx) => deps.events?.identity(trx, did, account.handle) ?? Promise.resolve())
  deps.events?.committed()
  deps.logger.info({ did }, 'submitted a PLC operation')
}

/** `value` as a signed PLC operation. @throws AccountError naming the first malformed field */
function asPlcOperation(value: unknown): PlcOperation {
  const fail = (what: string): never => {
    throw new AccountError('InvalidRequest', `Invalid PLC operation: ${what}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not an object')
  const op = value as Record<string, unknown>
  if (op.type !== 'plc_operation') fail('type must be plc_operation')
  const strings = (field: string) => {
    const list = op[field]
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
      fail(`${field} must be a list of strings`)
  }
  strings('rotationKeys')
  strings('alsoKnownAs')
  const record = (field: string, check: (entry: unknown) => boolean) => {
    const map = op[field]
    if (typeof map !== 'object' || map === null || Array.isArray(map) || !Object.values(map).every(check)) {
      fail(`${field} is malformed`)
    }
  }
  record('verificationMethods', (entry) => typeof entry === 'string')
  record(
    'services',
    (entry) =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as PlcService).type === 'string' &&
      typeof (entry as PlcService).endpoint === 'string',
  )
  if (op.prev !== null && typeof op.prev !== 'string') fail('prev must be a CID string or null')
  if (typeof op.sig !== 'string') fail('sig must be a string')
  return op as unknown as PlcOperation
}

function definedOnly(changes: PlcChanges): PlcChanges {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
}
