/**
 * @module
 * The hand-written part of the conformance suite: which credentials each NSID family needs,
 * and the state its methods need (an account, a session, a record, a blob), laid over the
 * generated samples by property name so a valid request names things that exist.
 */
import { randomBytes } from 'node:crypto'
import { TID } from '@atproto/common'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createClient } from '#generated/client/index.js'
import type { Json, JsonObject } from './cases.js'
import type { Mailbox } from './mailbox.js'

/** The credentials a method needs: none, a session's access or refresh token, or the admin password. */
export type AuthKind = 'none' | 'access' | 'refresh' | 'admin'

// @NOTE the Lexicons do not say who may call a method; these follow the reference PDS
const NO_AUTH = new Set([
  'com.atproto.identity.resolveDid',
  'com.atproto.identity.resolveHandle',
  'com.atproto.identity.resolveIdentity',
  'com.atproto.label.queryLabels',
  'com.atproto.repo.describeRepo',
  'com.atproto.repo.getRecord',
  'com.atproto.repo.listRecords',
  'com.atproto.server.createAccount',
  'com.atproto.server.createSession',
  'com.atproto.server.deleteAccount',
  'com.atproto.server.describeServer',
  'com.atproto.server.reserveSigningKey',
  'com.atproto.server.requestPasswordReset',
  'com.atproto.server.resetPassword',
  'com.atproto.temp.checkHandleAvailability',
])
const REFRESH = new Set(['com.atproto.server.refreshSession', 'com.atproto.server.deleteSession'])
const ADMIN = new Set(['com.atproto.server.createInviteCode', 'com.atproto.server.createInviteCodes'])
/** Our own admin Lexicons (lexicons/dev/lexiconpds/admin/): the admin password, as com.atproto.admin. */
const ADMIN_FAMILIES = ['com.atproto.admin.', 'dev.lexiconpds.admin.']

/**
 * Methods whose valid request changes the account for good (deactivates, deletes, moves it):
 * they run last, each on an account of its own.
 */
export const DESTRUCTIVE = new Set([
  'com.atproto.admin.deleteAccount',
  'com.atproto.server.deactivateAccount',
  'com.atproto.server.deleteAccount',
  'com.atproto.identity.updateHandle',
  'com.atproto.identity.submitPlcOperation',
  'com.atproto.repo.importRepo',
  'com.atproto.admin.updateAccountPassword',
  'com.atproto.admin.updateAccountHandle',
  'com.atproto.admin.updateAccountEmail',
  'com.atproto.admin.updateAccountSigningKey',
  'com.atproto.admin.updateSubjectStatus',
  'com.atproto.server.updateEmail',
  'com.atproto.server.revokeAppPassword',
])

/**
 * Destructive methods whose valid request uses the account up (deletes it): each of their
 * requests acts on an account of its own. (So do the {@link NEEDS_STATE} methods' requests
 * with a mailbox: an account has one live mailed code, and their cases run at once.)
 */
export const ACCOUNT_PER_REQUEST = new Set(['com.atproto.admin.deleteAccount'])

/** The credentials `nsid` needs. */
export function authOf(nsid: string, kind: 'query' | 'procedure'): AuthKind {
  if (NO_AUTH.has(nsid) || nsid.startsWith('com.atproto.sync.')) return 'none'
  if (REFRESH.has(nsid)) return 'refresh'
  if (ADMIN.has(nsid) || ADMIN_FAMILIES.some((family) => nsid.startsWith(family))) return 'admin'
  if (nsid.startsWith('com.atproto.') && kind === 'query') {
    // @NOTE the com.atproto queries that read an account's own state need its token
    return /^com\.atproto\.(server\.(getSession|getAccountInviteCodes|listAppPasswords|checkAccountStatus|getServiceAuth)|repo\.listMissingBlobs|identity\.getRecommendedDidCredentials|temp\.checkSignupQueue)$/.test(
      nsid,
    )
      ? 'access'
      : 'none'
  }
  return 'access'
}

/**
 * Methods whose valid request needs state no public API gives the setup unless the run has a
 * mailbox (`RunOptions.mailbox`, which {@link mailedInput} reads), with what that is. Without
 * one, their cases that expect acceptance are still sent: one that succeeds is checked as
 * usual and a server error fails, but a refusal is reported as needing that state (status
 * `needs state`), neither passed nor failed. Their cases that expect a refusal are checked as
 * usual. With one, they are checked like any other method's.
 */
export const NEEDS_STATE: ReadonlyMap<string, string> = new Map([
  [
    'com.atproto.identity.signPlcOperation',
    'the code requestPlcOperationSignature mails to the account, and the run has no mailbox',
  ],
  [
    'com.atproto.identity.submitPlcOperation',
    'an operation signed for the account (by signPlcOperation, which needs a mailed code, and the run has no mailbox; or by a rotation key)',
  ],
])

/**
 * Cases the schema alone would have accepted that a method refuses by design, by case name,
 * with why: the suite expects them refused (400 InvalidRequest or a declared error), and the
 * report notes each. A name the generated cases do not have fails the method.
 */
export const REFUSED_BY_DESIGN: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    'com.atproto.admin.updateSubjectStatus',
    new Map([
      [
        'input/subject: an unlisted $type (the union is open)',
        'a PDS can neither take down nor report the status of a subject of a kind it does not know (the reference PDS refuses it with a takedown, and echoes it without one)',
      ],
    ]),
  ],
  [
    'com.atproto.server.getServiceAuth',
    new Map([
      [
        'params/aud: 2048 bytes, at maxLength',
        "aud names the service the token is for, a DID or did#serviceId (the parameter's description), which 2,048 'a's are not; the reference PDS refuses it too",
      ],
    ]),
  ],
])

/** An account made for the run. */
export interface Account {
  did: string
  handle: string
  email: string
  password: string
  accessJwt: string
  refreshJwt: string
}

/** What exists on the server for the run: an account with a record and a blob. */
export interface State {
  url: string
  adminPassword: string | undefined
  account: Account
  /** a post in the account's repo */
  record: { uri: string; cid: string; collection: string; rkey: string }
  /** a blob referenced by that post */
  blob: { cid: string; mimeType: string }
  /** a suffix handles may take here, e.g. `.test` */
  handleDomain: string
  /** the server's own DID (describeServer) */
  serverDid: string
  /** a did:key of a fresh secp256k1 key (its private key is not kept) */
  didKey: string
  /**
   * a did:key reserved on the server without a DID (reserveSigningKey), which any account
   * may take as its signing key; `didKey` where the server reserves none
   */
  reservedKey: string
}

/** A tiny valid PNG (1x1), which every PDS sniffs as image/png. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==',
  'base64',
)

/** Signs up an account on the server with a random handle. */
export async function createAccount(url: string, handleDomain: string): Promise<Account> {
  const client = createClient({ service: url })
  const handle = `c${randomBytes(5).toString('hex')}${handleDomain}`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const email = `${handle.split('.')[0]}@example.com`
  const { data } = await client.com.atproto.server.createAccount({ handle, email, password })
  return { did: data.did, handle: data.handle, email, password, accessJwt: data.accessJwt, refreshJwt: data.refreshJwt }
}

/** Makes the run's state: an account, a blob, a post that references it. */
export async function createState(url: string, adminPassword: string | undefined): Promise<State> {
  const client = createClient({ service: url })
  const { data: server } = await client.com.atproto.server.describeServer()
  const handleDomain = server.availableUserDomains[0] ?? '.test'
  const account = await createAccount(url, handleDomain)
  client.setHeader('authorization', `Bearer ${account.accessJwt}`)
  const { data: uploaded } = await client.com.atproto.repo.uploadBlob(new Uint8Array(PNG), { encoding: 'image/png' })
  const collection = 'app.bsky.feed.post'
  const { data: created } = await client.com.atproto.repo.createRecord({
    repo: account.did,
    collection,
    record: {
      $type: collection,
      text: 'conformance',
      createdAt: new Date().toISOString(),
      embed: { $type: 'app.bsky.embed.images', images: [{ image: uploaded.blob, alt: 'a pixel' }] },
    },
  })
  const rkey = created.uri.split('/').pop() as string
  const didKey = (await Secp256k1Keypair.create()).did()
  return {
    url,
    adminPassword,
    account,
    record: { uri: created.uri, cid: created.cid, collection, rkey },
    blob: { cid: uploaded.blob.ref.toString(), mimeType: uploaded.blob.mimeType },
    handleDomain,
    serverDid: server.did,
    didKey,
    reservedKey: await reservedKey(url, didKey),
  }
}

/** A key the server reserves for nobody in particular, else `fallback` (a server that reserves none). */
async function reservedKey(url: string, fallback: string): Promise<string> {
  try {
    const { data } = await createClient({ service: url }).com.atproto.server.reserveSigningKey({})
    return data.signingKey
  } catch {
    return fallback
  }
}

/**
 * The body of a method whose input is not JSON, where the server needs a real one: for
 * importRepo, the account's own repo as a CAR (com.atproto.sync.getRepo). Undefined: any
 * bytes will do (the runner sends a few).
 */
export async function binaryBody(nsid: string, state: State, account: Account): Promise<Uint8Array | undefined> {
  if (nsid !== 'com.atproto.repo.importRepo') return undefined
  const { data } = await createClient({ service: state.url }).com.atproto.sync.getRepo({ did: account.did })
  return data
}

/**
 * With a mailbox, what the valid request of a {@link NEEDS_STATE} method needs, made for
 * `account`: signPlcOperation's `token`, the code requestPlcOperationSignature mails;
 * submitPlcOperation's `operation`, one signPlcOperation signed with such a code (changing
 * nothing but the operation's place in the log).
 *
 * @throws Error naming the step that failed (a refused request, no mail)
 */
export async function mailedInput(nsid: string, state: State, account: Account, mailbox: Mailbox): Promise<JsonObject> {
  const client = createClient({ service: state.url })
  client.setHeader('authorization', `Bearer ${account.accessJwt}`)
  const step = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      throw new Error(`the setup's ${what} failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
    }
  }
  await step('requestPlcOperationSignature', () => client.com.atproto.identity.requestPlcOperationSignature())
  const token = await step('mailbox', () => mailbox(account.email, 'plc_operation'))
  if (nsid === 'com.atproto.identity.signPlcOperation') return { token }
  const { data } = await step('signPlcOperation', () => client.com.atproto.identity.signPlcOperation({ token }))
  return { operation: data.operation as Json }
}

// @NOTE methods that write a record of their own keep the sample's collection and key
const OWN_RECORD = new Set([
  'com.atproto.repo.createRecord',
  'com.atproto.repo.putRecord',
  'com.atproto.repo.deleteRecord',
  'com.atproto.repo.applyWrites',
])

/**
 * Real values for the properties of a valid request that name state, by property name; only
 * properties present in the sample are replaced. Called once per request (handles and emails
 * for new accounts are fresh each time).
 */
export function overrides(nsid: string, sample: JsonObject, state: State, account: Account): JsonObject {
  const out: JsonObject = {}
  const own = OWN_RECORD.has(nsid)
  const values: { [key: string]: () => Json } = {
    repo: () => account.did,
    did: () => (nsid === 'com.atproto.sync.getBlob' ? state.account.did : account.did),
    actor: () => account.did,
    account: () => account.did,
    recipientDid: () => account.did,
    aud: () => state.serverDid,
    // @NOTE a PDS takes as an account's signing key only a key it holds: one it reserved
    signingKey: () => (nsid === 'com.atproto.admin.updateAccountSigningKey' ? state.reservedKey : state.didKey),
    identifier: () => account.handle,
    password: () => account.password,
    handle: () =>
      nsid === 'com.atproto.server.createAccount'
        ? `c${randomBytes(5).toString('hex')}${state.handleDomain}`
        : account.handle,
    email: () =>
      nsid === 'com.atproto.server.requestPasswordReset'
        ? account.email
        : `c${randomBytes(5).toString('hex')}@example.com`,
    collection: () => (own ? (sample.collection as Json) : state.record.collection),
    rkey: () => (own ? (sample.rkey as Json) : state.record.rkey),
    uri: () => state.record.uri,
    cid: () => (nsid === 'com.atproto.sync.getBlob' ? state.blob.cid : state.record.cid),
    cids: () => [state.record.cid],
  }
  for (const key of Object.keys(sample)) {
    const value = values[key]
    if (value) out[key] = value()
  }
  return { ...out, ...additions(nsid, sample, account) }
}

/**
 * What a valid request needs beyond its schema's required properties, where a server may
 * rightly ask for more (an email to sign up, a record's $type, at least one write).
 */
function additions(nsid: string, sample: JsonObject, account: Account): JsonObject {
  switch (nsid) {
    case 'com.atproto.admin.getSubjectStatus':
      return { did: account.did }
    case 'com.atproto.admin.updateSubjectStatus':
      return { subject: { $type: 'com.atproto.admin.defs#repoRef', did: account.did } }
    case 'com.atproto.server.createAccount':
      return {
        email: `c${randomBytes(5).toString('hex')}@example.com`,
        password: `pw-${randomBytes(8).toString('hex')}`,
      }
    case 'com.atproto.server.createInviteCode':
    case 'com.atproto.server.createInviteCodes':
      return { useCount: 1 }
    case 'com.atproto.server.createAppPassword':
      // @NOTE a name is one app password: a second of the same name may rightly be refused
      return { name: `c${randomBytes(5).toString('hex')}` }
    case 'com.atproto.repo.createRecord':
    case 'com.atproto.repo.putRecord':
      return { record: { $type: sample.collection as string } }
    case 'com.atproto.repo.applyWrites':
      return {
        writes: [
          {
            $type: 'com.atproto.repo.applyWrites#create',
            collection: 'com.example.record',
            value: { $type: 'com.example.record' },
          },
        ],
      }
    default:
      return {}
  }
}

/** A record key for a record of key type `key` (`tid`, `any`, `nsid`, `literal:<value>`). */
export function recordKey(key: string): string {
  if (key.startsWith('literal:')) return key.slice('literal:'.length)
  if (key === 'nsid') return `com.example.conformance.r${TID.nextStr()}`
  return TID.nextStr()
}
