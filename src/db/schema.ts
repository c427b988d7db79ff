/**
 * Table types for Kysely. Properties are camelCase; `CamelCasePlugin` maps them to the
 * snake_case columns the migrations create. Timestamps are ISO 8601 strings, so both
 * dialects store and sort them the same way.
 *
 * @NOTE change this file in the same commit as the migration that changes the tables
 * @module
 */
import type { ColumnType, Generated } from 'kysely'

/** A hosted account. */
export interface AccountTable {
  did: string
  /** Null while an account has no valid handle (e.g. after a failed update). */
  handle: string | null
  /** Stored lower-cased. */
  email: string | null
  emailConfirmedAt: string | null
  /** The password hash, a PHC string (argon2id; scrypt before); the column keeps its first name. */
  passwordScrypt: string | null
  createdAt: string
  deactivatedAt: string | null
  takedownRef: string | null
  /** 0 or 1: sign-in also needs a code mailed to the account (com.atproto.server.updateEmail); 0 unless given. */
  emailAuthFactor: ColumnType<number, number | undefined, number>
  /** Set by deactivateAccount's `deleteAfter`: the cleanup deletes the account once this date has passed. */
  deleteAfter: string | null
}

/** The repo signing key of an account (secp256k1 private key bytes). Never logged or returned. */
export interface AccountKeyTable {
  did: string
  privateKey: Uint8Array
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

/** One firehose event: its DAG-CBOR body (seq and time included), as subscribers receive it. */
export interface RepoSeqTable {
  /**
   * Strictly increasing and gap-free, from {@link RepoSeqCounterTable}.
   * @NOTE a PostgreSQL bigint reads back as a string; readers pass it through Number()
   */
  seq: number
  did: string
  /** `commit`, `sync`, `identity` or `account` (the `#...` name without the hash). */
  eventType: string
  event: Uint8Array
  sequencedAt: string
}

/** The single row (`id` 1) holding the last seq handed out. */
export interface RepoSeqCounterTable {
  id: number
  seq: number
}

/** An uploaded blob of an account, stored once per account and CID. */
export interface BlobTable {
  did: string
  /** CIDv1, raw codec, sha-256 of the bytes. */
  cid: string
  /** Sniffed from the bytes (the declared type only when nothing was recognised). */
  mimeType: string
  size: number
  /** The temp storage key while no commit has referenced the blob; null once permanent. */
  tempKey: string | null
  /** When uploaded (or last uploaded again, while temporary): temp blobs expire from here. */
  createdAt: string
  takedownRef: string | null
}

/** A blob referenced by a current record. */
export interface RecordBlobTable {
  recordUri: string
  blobCid: string
  did: string
}

/** A single-use code mailed to an account, stored only as its hash. */
export interface EmailTokenTable {
  /** What the code is for: see `EmailTokenPurpose` in src/account/email-tokens.ts. */
  purpose: string
  did: string
  /** Hex SHA-256 of the normalised code. */
  tokenHash: string
  requestedAt: string
}

/** One AppView preference object of an account (`app.bsky.actor.putPreferences`). */
export interface AccountPrefTable {
  did: string
  /** Order within the account's preferences. */
  position: number
  /** The preference's `$type`. */
  name: string
  valueJson: string
}

/** An inbound service-auth token already used, kept until it expires so it is not accepted twice. */
export interface ServiceAuthJtiTable {
  iss: string
  jti: string
  expiresAt: string
}

/** One mail waiting for the SMTP server (src/mail/outbox.ts); deleted once sent or given up. */
export interface MailOutboxTable {
  id: string
  /** The account it concerns, when there is one (its pending mail goes with it). */
  did: string | null
  /** The template it was made from (`confirm_email`, `sign_in`, `notice`...), for logs. */
  kind: string
  toAddress: string
  subject: string
  textBody: string
  htmlBody: string
  createdAt: string
  /** Past this, it is dropped unsent (a mailed code is useless after its own expiry). */
  expiresAt: string
  attempts: number
  nextAttemptAt: string
  /** Set while a process is sending it; a row whose lease ran out may be claimed again. */
  claimedUntil: string | null
  lastError: string | null
}

/** A block of a CAR being imported (importRepo), keyed by the import and CID. */
export interface ImportBlockTable {
  importId: string
  cid: string
  size: number
  content: Uint8Array
  /** 1 once the walk of the imported tree reached the block. */
  reachable: number
}

/** A record found by the walk of an imported tree. */
export interface ImportRecordTable {
  importId: string
  uri: string
  cid: string
  collection: string
  rkey: string
}

/** A blob an imported record references. */
export interface ImportRecordBlobTable {
  importId: string
  recordUri: string
  blobCid: string
}

/**
 * A login session: access tokens carry its `id` (claim `sid`) and are refused once the row is
 * gone; its refresh token rotates in place.
 */
export interface AuthSessionTable {
  id: string
  did: string
  /** `com.atproto.access`, `com.atproto.appPass` or `com.atproto.appPassPrivileged`. */
  scope: string
  /** The app password the session was opened with; revoking that password deletes the session. */
  appPasswordName: string | null
  /** The `jti` of the session's current refresh token. */
  refreshId: string
  /** The refresh token rotated into `refreshId`: it repeats the current pair until `previousValidUntil`. */
  previousRefreshId: string | null
  previousValidUntil: string | null
  createdAt: string
  /** When the current refresh token expires (and with it the session). */
  expiresAt: string
}

/** An app password of an account, stored as its password hash (src/account/password.ts). */
export interface AppPasswordTable {
  did: string
  name: string
  /**
   * argon2id (scrypt before) with a salt derived from the DID, so a login finds the row by hash.
   * @NOTE the column keeps its first name; the string names its scheme
   */
  passwordScrypt: string
  /** 0 or 1: may call the privileged methods (chat.bsky.*). */
  privileged: number
  createdAt: string
}

/** A pushed authorization request (PAR), until its code is exchanged or it expires. */
export interface OauthRequestTable {
  /** The `request_uri` suffix. */
  id: string
  clientId: string
  /** JSON: how the client authenticated at PAR (`{ method: 'none' }` or `{ method: 'private_key_jwt', kid, jkt }`). */
  clientAuth: string
  /** JSON: the authorization request parameters. */
  parameters: string
  /** Thumbprint of the DPoP key the PAR was made with. */
  dpopJkt: string | null
  /** The browser (device cookie) the request is being authorized on. */
  deviceId: string | null
  /** The account that signed in for it. */
  did: string | null
  /** sha256 of the authorization code, once issued. Never the code itself. */
  codeHash: string | null
  expiresAt: string
}

/** One OAuth token family (a session of one app), bound to a DPoP key. */
export interface OauthTokenTable {
  id: string
  did: string
  clientId: string
  clientAuth: string
  /** The granted scope, as requested (include: scopes unexpanded). */
  scope: string
  /** Space-separated repo:/rpc: scopes the include: scopes expanded to at authorization time. */
  included: string
  dpopJkt: string
  /** sha256 of the code it was issued for (a reused code revokes the family). */
  codeHash: string | null
  /** sha256 of the current refresh token. */
  refreshHash: string
  createdAt: string
  updatedAt: string
  /** When the session ends, whatever refreshes happen. */
  expiresAt: string
}

/** A refresh token that was rotated away (sha256), and its family. */
export interface OauthUsedRefreshTable {
  refreshHash: string
  tokenId: string
}

/** What an account has granted an app. */
export interface OauthGrantTable {
  did: string
  clientId: string
  scope: string
  createdAt: string
  updatedAt: string
}

/** An account signed in on a browser (by device cookie). */
export interface OauthDeviceAccountTable {
  deviceId: string
  did: string
  authenticatedAt: string
}

/** A recently seen `jti` (DPoP proof or client assertion), refused if seen again before it expires. */
export interface OauthReplayTable {
  key: string
  expiresAt: string
}

/** One admin action (migration 0012). Never holds a secret. */
export interface AdminAuditTable {
  /** Increasing: the log's order. */
  id: Generated<number>
  createdAt: string
  /** `admin` (the admin password) or `mod_service` (a service JWT of PDS_MOD_SERVICE_DID). */
  actorType: string
  /** `admin`, or the moderation service's DID. */
  actor: string
  /** `xrpc` or `web`. */
  channel: string
  /** What was done: the XRPC method's NSID, or a name such as `account.takedown`. */
  action: string
  /** The DID, AT-URI, blob (`<did>/<cid>`) or invite code acted on. */
  subject: string | null
  /** JSON of what changed (`before`/`after` where it matters). */
  detail: string | null
  ip: string | null
}

/** An account the admin stopped from getting invite codes (migration 0012); no row: allowed. */
export interface AccountInvitesDisabledTable {
  did: string
  disabledAt: string
  /** The admin's note, if any. */
  note: string | null
}

/**
 * A repo signing key reserved ahead of use (com.atproto.server.reserveSigningKey, migration
 * 0015): taken by the account moving here with `did`, or by a key rotation. Never returned.
 */
export interface SigningKeyReservationTable {
  /** did:key of the reserved key. */
  keyDid: string
  /** The DID it was reserved for; null when reserved anonymously. */
  did: string | null
  /** Encrypted (src/account/key-encryption.ts) with `keyDid` as associated data. */
  privateKey: Uint8Array
  createdAt: string
  expiresAt: string
}

/** A signed-in session of the web admin dashboard (migration 0012). */
export interface AdminWebSessionTable {
  /** Hex SHA-256 of the cookie value. */
  idHash: string
  csrfToken: string
  createdAt: string
  expiresAt: string
}

/** The whole database, as Kysely sees it. */
export interface DatabaseSchema {
  account: AccountTable
  accountKey: AccountKeyTable
  signingKeyReservation: SigningKeyReservationTable
  inviteCode: InviteCodeTable
  inviteCodeUse: InviteCodeUseTable
  repoRoot: RepoRootTable
  repoBlock: RepoBlockTable
  record: RecordTable
  repoSeq: RepoSeqTable
  repoSeqCounter: RepoSeqCounterTable
  blob: BlobTable
  recordBlob: RecordBlobTable
  emailToken: EmailTokenTable
  accountPref: AccountPrefTable
  serviceAuthJti: ServiceAuthJtiTable
  mailOutbox: MailOutboxTable
  importBlock: ImportBlockTable
  importRecord: ImportRecordTable
  importRecordBlob: ImportRecordBlobTable
  authSession: AuthSessionTable
  appPassword: AppPasswordTable
  adminAudit: AdminAuditTable
  accountInvitesDisabled: AccountInvitesDisabledTable
  adminWebSession: AdminWebSessionTable
  oauthRequest: OauthRequestTable
  oauthToken: OauthTokenTable
  oauthUsedRefresh: OauthUsedRefreshTable
  oauthGrant: OauthGrantTable
  oauthDeviceAccount: OauthDeviceAccountTable
  oauthReplay: OauthReplayTable
}
