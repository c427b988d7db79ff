/**
 * Hosted accounts: creation (did:plc identity, keys, password, empty repo), lookup by
 * handle, email or DID, login, and the repo signing keys.
 *
 * @module
 */
import { parseDidKey, Secp256k1Keypair } from '@atproto/crypto'
import type { Selectable, Transaction } from 'kysely'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { FixedSql } from '#src/db/fixed-sql.js'
import type { AccountTable, DatabaseSchema } from '#src/db/schema.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import {
  createGenesisOperation,
  type DidDocument,
  formatDidDocument,
  type Identity,
  signingKeyOf,
} from '#src/identity/index.js'
import type { Logger } from '#src/logger.js'
import type { Secrets } from '#src/secrets.js'
import { AccountError } from './errors.js'
import { checkHandle, normalizeHandle, serviceDomainOf } from './handle.js'
import { type HandleUpdateOptions, updateHandle } from './handle-update.js'
import { isInviteCodeAvailable, useInviteCode } from './invites.js'
import { decryptSigningKey, encryptSigningKey, isPlaintextSigningKey } from './key-encryption.js'
import {
  APP_PASSWORD_FORMAT,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  verifyDecoyPassword,
  verifyPassword,
} from './password.js'
import { upgradePasswordHash } from './password-upgrade.js'
import type { PlcOperationDeps } from './plc-operations.js'
import { type ReservedKey, SigningKeyReservations } from './signing-key-reservations.js'
import { SigningKeypair } from './signing-keypair.js'

/** An account as the rest of the PDS sees it (never its password hash or keys). */
export type Account = Omit<Selectable<AccountTable>, 'passwordScrypt' | 'deleteAfter'>

/** What the repo engine does for a new account: write its empty repo, in the account's transaction. */
export interface RepoInitializer {
  init(trx: Transaction<DatabaseSchema>, did: string, keypair: Secp256k1Keypair): Promise<unknown>
}

/**
 * What the firehose records of an account's life: events appended in the account's own
 * transaction, and a wake-up once it committed.
 */
export interface AccountEvents {
  identity(trx: Transaction<DatabaseSchema>, did: string, handle: string | null): Promise<unknown>
  account(
    trx: Transaction<DatabaseSchema>,
    did: string,
    state: { active: boolean; status?: 'deactivated' },
  ): Promise<unknown>
  /** Called after a transaction that appended events has committed. */
  committed(): void
}

/** Finds the app password a login used (src/auth/app-passwords.ts). */
export interface AppPasswordVerifier {
  verify(did: string, password: string): Promise<{ name: string; privileged: boolean } | null>
}

/** A successful login: the account, and the app password used, if one was. */
export type LoginResult = Account & { appPassword: { name: string; privileged: boolean } | null }

/** The input of {@link AccountService.createAccount}. */
export interface NewAccount {
  handle: string
  email?: string
  /** Required unless `did` is given. */
  password?: string
  /** An existing DID being moved here: the account starts deactivated and no PLC operation is sent. */
  did?: string
  /** A did:key the user holds, put first among the PLC rotation keys. */
  recoveryKey?: string
  inviteCode?: string
}

/** A hosted repo, found by handle or DID. */
export interface HostedRepo {
  did: string
  handle: string | null
  active: boolean
  status?: 'takendown' | 'deactivated'
}

const ACCOUNT_COLUMNS = [
  'did',
  'handle',
  'email',
  'emailConfirmedAt',
  'createdAt',
  'deactivatedAt',
  'takedownRef',
  'emailAuthFactor',
] as const satisfies readonly (keyof Account)[]
// @NOTE every repo request resolves its repo: fixed SQL saves building and compiling the query each time
const ACCOUNT_BY = (column: 'did' | 'handle') =>
  new FixedSql(
    `select ${ACCOUNT_COLUMNS.map((c) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)).join(', ')} from account where ${column} = ?`,
  )
const ACCOUNT_BY_DID = ACCOUNT_BY('did')
const ACCOUNT_BY_HANDLE = ACCOUNT_BY('handle')

// @NOTE deliberately loose: one @, something on each side, a dot in the domain; no control
// characters (PostgreSQL text cannot even hold NUL)
const EMAIL = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u
// @NOTE no identifier (handle, email, DID) holds a control character; such a login matches nothing
const CONTROL_CHARACTER = /\p{Cc}/u
const KEY_CACHE_SIZE = 1_000
// @NOTE on PostgreSQL another process may rotate a key: a cached key is read again after this
// long (the write path checks it under the repo lock on every commit regardless)
const KEY_CACHE_MS = { sqlite: Number.POSITIVE_INFINITY, postgres: 5_000 } as const

interface CachedKey {
  keypair: Secp256k1Keypair
  /** The stored (encrypted) form it was read from, to tell whether the row still holds it. */
  stored: Uint8Array
  until: number
}

/** The account's activity as the Lexicons report it (`active`, `status`). */
export function accountStatus(
  account: Pick<Account, 'deactivatedAt' | 'takedownRef'>,
): Omit<HostedRepo, 'did' | 'handle'> {
  if (account.takedownRef !== null) return { active: false, status: 'takendown' }
  if (account.deactivatedAt !== null) return { active: false, status: 'deactivated' }
  return { active: true }
}

/**
 * The accounts of this PDS (`ctx.accounts`).
 *
 * @example
 * const { account, didDoc } = await ctx.accounts.createAccount({ handle: 'alice.test', email, password })
 * const keypair = await ctx.accounts.signingKey(account.did)
 */
export class AccountService {
  /** Signing keys reserved ahead of use (reserveSigningKey): moves here and key rotations take them. */
  readonly reservations: SigningKeyReservations
  private readonly keys = new Map<string, CachedKey>()
  private rotationKey: Promise<Secp256k1Keypair> | undefined

  constructor(
    private readonly deps: {
      db: Database
      config: Pick<Config, 'publicUrl' | 'serviceHandleDomains' | 'inviteRequired' | 'database'>
      secrets: Pick<Secrets, 'plcRotationKeyHex' | 'repoKeyEncryptionKeyHex'>
      identity: Identity
      logger: Logger
      /** Writes the empty repo of a new account; unset, accounts are created without one. */
      repos?: RepoInitializer
      /** Appends `#identity` and `#account` events; unset, none are recorded. */
      events?: AccountEvents
      /** Checks app passwords at login; unset, only the account password logs in. */
      appPasswords?: AppPasswordVerifier
    },
  ) {
    this.reservations = new SigningKeyReservations(deps.db, () => this.kek)
  }

  /**
   * Creates an account: checks handle, email, password and invite; registers a new
   * did:plc (genesis operation signed with the PDS rotation key, naming a fresh signing
   * key, the handle and this PDS) unless `did` is given; then, in one transaction, writes
   * the account, its key, the invite use and its empty repo. Throws {@link AccountError}
   * for bad input, `PlcError` when the directory fails (nothing is written then).
   */
  async createAccount(input: NewAccount): Promise<{ account: Account; didDoc?: DidDocument }> {
    const { config, identity, logger } = this.deps
    const handle = normalizeHandle(input.handle)
    await this.checkNewHandle(handle, input.did)
    const email = this.checkEmail(input.email)
    const password = this.checkPassword(input.password, input.did === undefined)
    if (input.recoveryKey !== undefined) checkRecoveryKey(input.recoveryKey)
    if (config.inviteRequired && !input.inviteCode)
      throw new AccountError('InvalidInviteCode', 'No invite code provided')
    // @NOTE the invite first: a caller without a valid code must not learn whether an email
    // or handle has an account here
    if (input.inviteCode && config.inviteRequired && !(await isInviteCodeAvailable(this.deps.db, input.inviteCode))) {
      throw new AccountError('InvalidInviteCode', 'Provided invite code not available')
    }
    // @NOTE checked before the PLC operation so plain mistakes leave no orphan DID in the directory;
    // the transaction checks again, atomically
    await this.checkAvailable({ handle, email, did: input.did })

    const passwordScrypt = password === undefined ? null : await hashPassword(password)
    const reservation = input.did === undefined ? null : await this.findReservation(input.did)
    const keypair = reservation?.key.keypair ?? (await SigningKeypair.create({ exportable: true }))
    let did = input.did
    let didDoc: DidDocument | undefined
    if (did === undefined) {
      const rotationKey = await this.plcRotationKey()
      const identityFacts = {
        signingKey: keypair.did(),
        handle,
        pdsEndpoint: config.publicUrl,
        rotationKeys: [...(input.recoveryKey ? [input.recoveryKey] : []), rotationKey.did()],
      }
      const genesis = await createGenesisOperation(identityFacts, rotationKey)
      did = genesis.did
      // @NOTE sent before the transaction, which would otherwise hold SQLite's write lock for a
      // network round trip; if the transaction then fails, the DID is orphaned but no account exists
      await identity.plc.sendOperation(did, genesis.operation)
      didDoc = formatDidDocument({ did, handle, signingKey: keypair.did(), pdsEndpoint: config.publicUrl })
      identity.dids.remember(did, didDoc)
    }

    const now = new Date().toISOString()
    const account: Account = {
      did,
      handle,
      email,
      emailConfirmedAt: null,
      createdAt: now,
      deactivatedAt: input.did === undefined ? null : now,
      takedownRef: null,
      emailAuthFactor: 0,
    }
    const privateKey = encryptSigningKey(await keypair.export(), account.did, this.kek)
    try {
      await this.deps.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('account')
          .values({ ...account, passwordScrypt })
          .execute()
        await trx.insertInto('accountKey').values({ did: account.did, privateKey }).execute()
        if (reservation && !(await this.reservations.take(trx, reservation.query))) {
          throw new AccountError('InvalidRequest', 'The signing key reserved for this DID expired meanwhile: try again')
        }
        if (input.inviteCode && config.inviteRequired) {
          await useInviteCode(trx, input.inviteCode, account.did, config.database.dialect)
        }
        // @NOTE in the account's transaction, before the repo's first #commit: a consumer
        // learns of the identity and the account before it sees the repo
        await this.deps.events?.identity(trx, account.did, handle)
        await this.deps.events?.account(trx, account.did, {
          active: account.deactivatedAt === null,
          ...(account.deactivatedAt === null ? {} : { status: 'deactivated' as const }),
        })
        await this.deps.repos?.init(trx, account.did, keypair)
      })
      this.deps.events?.committed()
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      await this.checkAvailable({ handle, email, did: input.did ?? did })
      throw new AccountError('HandleNotAvailable', 'Handle already taken', { cause: err })
    }
    this.cacheKey(account.did, keypair, privateKey)
    logger.info(
      { did: account.did, handle, imported: input.did !== undefined, reservedKey: reservation !== null },
      'created account',
    )
    return { account, didDoc }
  }

  /** The account with this DID or handle (any case), or null. */
  async getAccount(handleOrDid: string): Promise<Account | null> {
    const column = handleOrDid.startsWith('did:') ? 'did' : 'handle'
    const value = column === 'did' ? handleOrDid : normalizeHandle(handleOrDid)
    const query = column === 'did' ? ACCOUNT_BY_DID : ACCOUNT_BY_HANDLE
    const { rows } = await query.run<Account>(this.deps.db, this.deps.config.database.dialect, [value])
    return rows[0] ?? null
  }

  /** The account with this email address (any case), or null. */
  async getAccountByEmail(email: string): Promise<Account | null> {
    const row = await this.deps.db
      .selectFrom('account')
      .select(ACCOUNT_COLUMNS)
      .where('email', '=', email.toLowerCase())
      .executeTakeFirst()
    return row ?? null
  }

  /**
   * The hosted repo named by a handle or DID (what `repo` parameters take), or null when
   * it is not hosted here.
   */
  async resolveRepo(handleOrDid: string): Promise<HostedRepo | null> {
    const account = await this.getAccount(handleOrDid)
    return account ? { did: account.did, handle: account.handle, ...accountStatus(account) } : null
  }

  /**
   * Checks a login: `identifier` is a handle, an email address or a DID; `password` the
   * account password or one of its app passwords (then `appPassword` names it). Returns
   * null when there is no account or the password is wrong; both take the same time.
   */
  async login(identifier: string, password: string): Promise<LoginResult | null> {
    const lookup = identifier.includes('@') ? { column: 'email' as const, value: identifier.toLowerCase() } : undefined
    const column = lookup?.column ?? (identifier.startsWith('did:') ? 'did' : 'handle')
    const value = lookup?.value ?? (column === 'did' ? identifier : normalizeHandle(identifier))
    const row = CONTROL_CHARACTER.test(value) ? undefined : await this.findLogin(column, value)
    const appShaped = this.deps.appPasswords !== undefined && APP_PASSWORD_FORMAT.test(password)
    if (!row?.passwordScrypt || password.length > MAX_PASSWORD_LENGTH) {
      // @NOTE an app-password-shaped guess costs a known account a second hash: spend it here too
      await verifyDecoyPassword(password.slice(0, MAX_PASSWORD_LENGTH))
      if (appShaped) await verifyDecoyPassword(password)
      return null
    }
    const { passwordScrypt, ...account } = row
    if (await verifyPassword(password, passwordScrypt)) {
      await upgradePasswordHash(this.deps, account.did, passwordScrypt, password)
      return { ...account, appPassword: null }
    }
    const appPassword = appShaped ? await this.deps.appPasswords?.verify(account.did, password) : null
    return appPassword ? { ...account, appPassword } : null
  }

  /**
   * The repo signing key of a hosted account. Throws when the account has none.
   *
   * @example
   * const commit = await signCommit(unsigned, await ctx.accounts.signingKey(did))
   */
  async signingKey(did: string): Promise<Secp256k1Keypair> {
    const cached = this.keys.get(did)
    if (cached && cached.until > Date.now()) return cached.keypair
    return this.currentSigningKey(this.deps.db, did)
  }

  /**
   * The signing key the account's row holds now, read in `db` (the write path's transaction,
   * under the repo lock, so a key rotated by another process is seen before the commit is
   * signed). Decrypts only when the row changed since the key was cached.
   */
  async currentSigningKey(db: Database, did: string): Promise<Secp256k1Keypair> {
    const row = await db.selectFrom('accountKey').select('privateKey').where('did', '=', did).executeTakeFirst()
    if (!row) throw new Error(`No signing key for ${did}`)
    const cached = this.keys.get(did)
    if (cached && Buffer.from(cached.stored).equals(Buffer.from(row.privateKey))) {
      cached.until = Date.now() + KEY_CACHE_MS[this.deps.config.database.dialect]
      return cached.keypair
    }
    const privateKey = decryptSigningKey(row.privateKey, did, this.kek)
    const keypair = await SigningKeypair.import(privateKey, { exportable: false })
    this.cacheKey(did, keypair, row.privateKey)
    return keypair
  }

  /**
   * Replaces the account's signing key in `trx` (encrypted). Call {@link forgetSigningKey}
   * once the transaction committed.
   */
  async storeSigningKey(trx: Database, did: string, privateKey: Uint8Array): Promise<void> {
    const stored = encryptSigningKey(privateKey, did, this.kek)
    const result = await trx
      .updateTable('accountKey')
      .set({ privateKey: stored })
      .where('did', '=', did)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw new Error(`No signing key for ${did}`)
  }

  /** Drops this process's cached signing key of `did` (after a rotation). */
  forgetSigningKey(did: string): void {
    this.keys.delete(did)
  }

  /**
   * The reservation an account moving here with `did` takes: the one of the key its DID
   * document names already (the PLC operation was made first), else the one made for `did`.
   */
  private async findReservation(
    did: string,
  ): Promise<{ key: ReservedKey; query: { did: string; keyDid?: string } } | null> {
    // @NOTE fresh: the PLC operation naming the reserved key may have been submitted a moment ago
    const doc = await this.deps.identity.dids.resolve(did, { fresh: true }).catch(() => null)
    const docKey = doc ? signingKeyOf(doc) : undefined
    for (const query of [...(docKey ? [{ did, keyDid: docKey }] : []), { did }]) {
      const key = await this.reservations.find(query)
      if (key) return { key, query }
    }
    return null
  }

  private findLogin(column: 'did' | 'handle' | 'email', value: string) {
    return this.deps.db
      .selectFrom('account')
      .select([...ACCOUNT_COLUMNS, 'passwordScrypt'])
      .where(column, '=', value)
      .executeTakeFirst()
  }

  /**
   * Encrypts the signing keys still stored in plaintext (written before keys were encrypted
   * at rest), in batches; run once at start-up. Resolves with how many were encrypted.
   */
  async encryptPlaintextKeys(): Promise<number> {
    const { db } = this.deps
    let done = 0
    for (;;) {
      const rows = await db
        .selectFrom('accountKey')
        .select(['did', 'privateKey'])
        .where((eb) => eb(eb.fn('length', ['privateKey']), '=', 32))
        .limit(500)
        .execute()
      if (rows.length === 0) return done
      await db.transaction().execute(async (trx) => {
        for (const { did, privateKey } of rows) {
          if (!isPlaintextSigningKey(privateKey)) continue
          await trx
            .updateTable('accountKey')
            .set({ privateKey: encryptSigningKey(privateKey, did, this.kek) })
            .where('did', '=', did)
            .execute()
        }
      })
      done += rows.length
    }
  }

  private get kek(): Uint8Array {
    return Buffer.from(this.deps.secrets.repoKeyEncryptionKeyHex, 'hex')
  }

  /** The DID document of an account, for session responses; undefined when it cannot be resolved now. */
  async didDocument(did: string): Promise<DidDocument | undefined> {
    try {
      return (await this.deps.identity.dids.resolve(did)) ?? undefined
    } catch (err) {
      this.deps.logger.warn({ did, err }, 'could not resolve DID document for a session')
      return undefined
    }
  }

  private async checkNewHandle(handle: string, did: string | undefined): Promise<void> {
    checkHandle(handle, this.deps.config.serviceHandleDomains)
    if (serviceDomainOf(handle, this.deps.config.serviceHandleDomains) !== undefined) return
    if (did === undefined) throw new AccountError('UnsupportedDomain', 'Not a supported handle domain')
    // @NOTE an account moving here may keep its own domain handle, once that handle names its DID
    if ((await this.deps.identity.handles.resolve(handle, { fresh: true })) !== did) {
      throw new AccountError('InvalidHandle', 'External handle did not resolve to DID')
    }
  }

  private checkEmail(email: string | undefined): string {
    if (!email) throw new AccountError('InvalidRequest', 'Email is required')
    // @NOTE the length check comes first: it bounds the regex's backtracking
    if (email.length > 254 || !EMAIL.test(email)) throw new AccountError('InvalidRequest', 'Email address is not valid')
    return email.toLowerCase()
  }

  private checkPassword(password: string | undefined, required: boolean): string | undefined {
    if (password === undefined || password === '') {
      if (required) throw new AccountError('InvalidRequest', 'Password is required')
      return undefined
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new AccountError('InvalidPassword', `Password is too long: at most ${MAX_PASSWORD_LENGTH} characters`)
    }
    return password
  }

  private async checkAvailable(opts: { handle: string; email: string; did: string | undefined }): Promise<void> {
    const { db } = this.deps
    const taken = await db
      .selectFrom('account')
      .select(['did', 'handle', 'email'])
      .where((eb) =>
        eb.or([
          eb('handle', '=', opts.handle),
          eb('email', '=', opts.email),
          ...(opts.did === undefined ? [] : [eb('did', '=', opts.did)]),
        ]),
      )
      .execute()
    if (taken.some((row) => row.did === opts.did)) throw new AccountError('InvalidRequest', 'Account already exists')
    if (taken.some((row) => row.handle === opts.handle))
      throw new AccountError('HandleNotAvailable', 'Handle already taken')
    if (taken.some((row) => row.email === opts.email)) throw new AccountError('InvalidRequest', 'Email already taken')
  }

  /**
   * Gives account `did` a new handle (see {@link updateHandle}); returns it normalised.
   *
   * @throws AccountError for a bad or taken handle, `PlcError` when the directory refuses
   */
  updateHandle(did: string, handle: string, opts?: HandleUpdateOptions): Promise<string> {
    return updateHandle({ ...this.deps, rotationKey: () => this.plcRotationKey() }, did, handle, opts)
  }

  /** The account's did:plc operations (recommended credentials, signing, submission). */
  plcOperations(): PlcOperationDeps {
    return { ...this.deps, rotationKey: () => this.plcRotationKey(), signingKey: (did) => this.signingKey(did) }
  }

  private plcRotationKey(): Promise<Secp256k1Keypair> {
    this.rotationKey ??= Secp256k1Keypair.import(this.deps.secrets.plcRotationKeyHex, { exportable: false })
    return this.rotationKey
  }

  private cacheKey(did: string, keypair: Secp256k1Keypair, stored: Uint8Array): void {
    this.keys.delete(did)
    if (this.keys.size >= KEY_CACHE_SIZE) {
      const oldest = this.keys.keys().next().value
      if (oldest !== undefined) this.keys.delete(oldest)
    }
    this.keys.set(did, { keypair, stored, until: Date.now() + KEY_CACHE_MS[this.deps.config.database.dialect] })
  }
}

function checkRecoveryKey(key: string): void {
  try {
    parseDidKey(key)
  } catch (err) {
    throw new AccountError('InvalidRequest', 'Recovery key must be a did:key', { cause: err })
  }
}
