/**
 * Table types for Kysely. Properties are camelCase; `CamelCasePlugin` maps them to the
 * snake_case columns the migrations create. Timestamps are ISO 8601 strings, so both
 * dialects store and sort them the same way.
 *
 * @NOTE change this file in the same commit as the migration that changes the tables
 * @module
 */

/** A hosted account. */
export interface AccountTable {
  did: string
  /** Null while an account has no valid handle (e.g. after a failed update). */
  handle: string | null
  /** Stored lower-cased. */
  email: string | null
  emailConfirmedAt: string | null
  passwordScrypt: string | null
  createdAt: string
  deactivatedAt: string | null
  takedownRef: string | null
}

/** The repo signing key of an account (secp256k1 private key bytes). Never logged or returned. */
export interface AccountKeyTable {
  did: string
  privateKey: Uint8Array
}

/** A session refresh token, by its `jti`. */
export interface RefreshTokenTable {
  id: string
  did: string
  expiresAt: string
  /** The token this one was rotated into; set, the token only answers until `expiresAt` (a short grace). */
  nextId: string | null
}

/** An invite code and how many accounts it may still create. */
export interface InviteCodeTable {
  code: string
  availableUses: number
  /** 0 or 1. */
  disabled: number
  /** The DID the code was issued to, or `admin`. */
  forAccount: string
  createdBy: string
  createdAt: string
}

/** One account created with an invite code. */
export interface InviteCodeUseTable {
  code: string
  usedBy: string
  usedAt: string
}

/** The current commit of each hosted repo. */
export interface RepoRootTable {
  did: string
  cid: string
  rev: string
  indexedAt: string
}

/** Every block of every repo (MST nodes, records, commits), keyed by repo and CID. */
export interface RepoBlockTable {
  did: string
  cid: string
  /** The revision that first wrote the block. */
  repoRev: string
  size: number
  content: Uint8Array
}

/** The index of current records, so reads need not walk the MST. */
export interface RecordTable {
  /** `at://<did>/<collection>/<rkey>` */
  uri: string
  cid: string
  did: string
  collection: string
  rkey: string
  repoRev: string
  indexedAt: string
  takedownRef: string | null
}

/** The whole database, as Kysely sees it. */
export interface DatabaseSchema {
  account: AccountTable
  accountKey: AccountKeyTable
  refreshToken: RefreshTokenTable
  inviteCode: InviteCodeTable
  inviteCodeUse: InviteCodeUseTable
  repoRoot: RepoRootTable
  repoBlock: RepoBlockTable
  record: RecordTable
}
