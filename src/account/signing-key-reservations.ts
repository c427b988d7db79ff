/**
 * Repo signing keys reserved ahead of use (com.atproto.server.reserveSigningKey). A move
 * here must name its new signing key in a PLC operation before the account exists, and a
 * key rotation must hold its new key before the DID document names it: both take a key
 * reserved here. A reservation names a DID (then asking again answers the same key) or
 * none (each request a new key, found later by the key itself); it lasts
 * {@link RESERVATION_TTL_MS}, and the private key is stored encrypted like account keys.
 *
 * @module
 */
import type { Secp256k1Keypair } from '@atproto/crypto'
import type { Database } from '#src/db/database.js'
import { isUniqueViolation } from '#src/db/unique-violation.js'
import { decryptSigningKey, encryptSigningKey } from './key-encryption.js'
import { SigningKeypair } from './signing-keypair.js'

// @NOTE the reference PDS keeps a reservation until it is used; a day bounds what abandoned
// reservations cost while leaving a move (PLC code by mail, a big import) ample time
/** How long a reservation lasts. */
export const RESERVATION_TTL_MS = 24 * 60 * 60 * 1000
/** Live reservations made without a DID, at most (each request makes one; the rate limit is per IP). */
export const MAX_ANONYMOUS_RESERVATIONS = 10_000

/** There are already {@link MAX_ANONYMOUS_RESERVATIONS} live reservations without a DID. */
export class ReservationLimitError extends Error {
  constructor() {
    super('Too many signing keys are reserved right now; try again later, or reserve one for your DID')
    this.name = 'ReservationLimitError'
  }
}

/** A reserved key, taken for use. */
export interface ReservedKey {
  keypair: Secp256k1Keypair
  /** The private key, for storing as an account key. */
  privateKey: Uint8Array
}

/**
 * @example
 * const keyDid = await reservations.reserve('did:plc:abc')
 * // later, in the transaction that starts using it:
 * const reserved = await reservations.take(trx, { did: 'did:plc:abc' })
 */
export class SigningKeyReservations {
  constructor(
    private readonly db: Database,
    private readonly kek: () => Uint8Array,
  ) {}

  /**
   * Reserves a fresh secp256k1 key, for `did` or for nobody in particular, and returns its
   * did:key. For a DID with a live reservation, that reservation's key again.
   *
   * @throws ReservationLimitError when too many keys are reserved without a DID
   */
  async reserve(did?: string, now = new Date()): Promise<string> {
    await this.purgeExpired(now)
    if (did !== undefined) {
      const existing = await this.live(this.db, { did }, now)
      if (existing) return existing.keyDid
    } else {
      const { count } = await this.db
        .selectFrom('signingKeyReservation')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('did', 'is', null)
        .executeTakeFirstOrThrow()
      if (Number(count) >= MAX_ANONYMOUS_RESERVATIONS) throw new ReservationLimitError()
    }
    const keypair = await SigningKeypair.create({ exportable: true })
    const keyDid = keypair.did()
    const privateKey = encryptSigningKey(await keypair.export(), keyDid, this.kek())
    const expiresAt = new Date(now.getTime() + RESERVATION_TTL_MS).toISOString()
    try {
      await this.db
        .insertInto('signingKeyReservation')
        .values({ keyDid, did: did ?? null, privateKey, createdAt: now.toISOString(), expiresAt })
        .execute()
    } catch (err) {
      // @NOTE two concurrent reservations for one DID: the first stands, and both answer its key
      if (did === undefined || !isUniqueViolation(err)) throw err
      const winner = await this.live(this.db, { did }, now)
      if (!winner) throw err
      return winner.keyDid
    }
    return keyDid
  }

  /**
   * The live reservation of key `keyDid` (made for `did` or for nobody), or without `keyDid`
   * the one made for `did`, without using it up; null when there is none.
   */
  async find(query: { did: string; keyDid?: string }, now = new Date()): Promise<ReservedKey | null> {
    const row = await this.live(this.db, query, now)
    return row ? this.open(row) : null
  }

  /**
   * Uses up the reservation {@link find} finds, in the caller's transaction (so it is gone
   * exactly when its key starts being used), and returns its key; null when there is none.
   */
  async take(trx: Database, query: { did: string; keyDid?: string }, now = new Date()): Promise<ReservedKey | null> {
    const row = await this.live(trx, query, now)
    if (!row) return null
    await trx.deleteFrom('signingKeyReservation').where('keyDid', '=', row.keyDid).execute()
    return this.open(row)
  }

  private async live(db: Database, query: { did: string; keyDid?: string }, now: Date) {
    const { did, keyDid } = query
    let select = db
      .selectFrom('signingKeyReservation')
      .select(['keyDid', 'did', 'privateKey'])
      .where('expiresAt', '>', now.toISOString())
    select =
      keyDid === undefined
        ? select.where('did', '=', did)
        : select.where('keyDid', '=', keyDid).where((eb) => eb.or([eb('did', 'is', null), eb('did', '=', did)]))
    return select.executeTakeFirst()
  }

  private async open(row: { keyDid: string; privateKey: Uint8Array }): Promise<ReservedKey> {
    const privateKey = decryptSigningKey(row.privateKey, row.keyDid, this.kek())
    const keypair = await SigningKeypair.import(privateKey, { exportable: true })
    return { keypair, privateKey }
  }

  private async purgeExpired(now: Date): Promise<void> {
    await this.db.deleteFrom('signingKeyReservation').where('expiresAt', '<=', now.toISOString()).execute()
  }
}
