/**
 * The one place that decides whether a credential may call an XRPC method. Every verifier
 * in src/auth/verifier.ts calls {@link assertMayCall} with the NSID of the method being
 * served; the atproto-proxy forwarding calls it with the NSID it forwards, and getServiceAuth
 * calls {@link assertMayRequestServiceAuth} with the `lxm` it is asked to sign for.
 *
 * A full session (the account password) may call anything. An app-password session
 * (`com.atproto.appPass`) may not reach account management ({@link FULL_ACCESS_METHODS}),
 * nor, unless the app password is privileged (`com.atproto.appPassPrivileged`), the
 * privileged methods (chat.bsky.*). Other credential kinds (OAuth scopes...) add their own
 * branch to {@link assertMayCall}.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { ForbiddenError, InvalidRequestError } from '#src/errors.js'
import { assertMethodAllowed, PasswordSessionRequiredError } from './scopes/method-permissions.js'
import { ScopeMissingError } from './scopes/scope-permissions.js'
import { ACCESS_SCOPE } from './tokens.js'
import type { AuthResult } from './types.js'

/** The scope of a session opened with an app password. */
export const APP_PASS_SCOPE = 'com.atproto.appPass'
/** The scope of a session opened with a privileged app password. */
export const APP_PASS_PRIVILEGED_SCOPE = 'com.atproto.appPassPrivileged'

/** What a method asks of a session: `standard` (any), `privileged` (not a plain app password), `full` (no app password). */
export type MethodAccess = 'standard' | 'privileged' | 'full'

/**
 * Account management: email, password, deletion, deactivation, app passwords, identity
 * (PLC) operations, repo import, invite codes. Only a full session may call these.
 */
export const FULL_ACCESS_METHODS: ReadonlySet<string> = lower([
  'com.atproto.server.activateAccount',
  'com.atproto.server.deactivateAccount',
  'com.atproto.server.deleteAccount',
  'com.atproto.server.requestAccountDelete',
  'com.atproto.server.createAppPassword',
  'com.atproto.server.listAppPasswords',
  'com.atproto.server.revokeAppPassword',
  'com.atproto.server.requestEmailConfirmation',
  'com.atproto.server.confirmEmail',
  'com.atproto.server.requestEmailUpdate',
  'com.atproto.server.updateEmail',
  'com.atproto.server.requestPasswordReset',
  'com.atproto.server.resetPassword',
  'com.atproto.server.getAccountInviteCodes',
  'com.atproto.server.reserveSigningKey',
  'com.atproto.identity.requestPlcOperationSignature',
  'com.atproto.identity.signPlcOperation',
  'com.atproto.identity.submitPlcOperation',
  'com.atproto.identity.getRecommendedDidCredentials',
  'com.atproto.identity.updateHandle',
  'com.atproto.repo.importRepo',
])

/** Methods a plain app password may not call, besides every `chat.bsky.*` method. */
export const PRIVILEGED_METHODS: ReadonlySet<string> = lower(['com.atproto.server.createAccount'])

/**
 * Methods that must be called on this PDS directly: never proxied to another service, and
 * no service auth token is issued for them (the reference PDS's list).
 */
export const PROTECTED_METHODS: ReadonlySet<string> = lower([
  'com.atproto.admin.sendEmail',
  'com.atproto.identity.requestPlcOperationSignature',
  'com.atproto.identity.signPlcOperation',
  'com.atproto.identity.updateHandle',
  'com.atproto.server.activateAccount',
  'com.atproto.server.confirmEmail',
  'com.atproto.server.createAppPassword',
  'com.atproto.server.deactivateAccount',
  'com.atproto.server.getAccountInviteCodes',
  'com.atproto.server.getSession',
  'com.atproto.server.listAppPasswords',
  'com.atproto.server.requestAccountDelete',
  'com.atproto.server.requestEmailConfirmation',
  'com.atproto.server.requestEmailUpdate',
  'com.atproto.server.revokeAppPassword',
  'com.atproto.server.updateEmail',
  // @NOTE beyond the reference: session and password methods, which no other service has any
  // business calling for a user
  'com.atproto.server.createSession',
  'com.atproto.server.refreshSession',
  'com.atproto.server.deleteSession',
  'com.atproto.server.deleteAccount',
  'com.atproto.server.requestPasswordReset',
  'com.atproto.server.resetPassword',
  'com.atproto.server.getServiceAuth',
])

/** Whether `nsid` is one of the {@link PROTECTED_METHODS} (compared lower-cased). */
export function isProtectedMethod(nsid: string): boolean {
  return PROTECTED_METHODS.has(nsid.toLowerCase())
}

/**
 * What `nsid` asks of a session.
 *
 * @NOTE compared lower-cased: express routes case-insensitively, so a differently cased path
 * must not slip past a list
 */
export function methodAccess(nsid: string): MethodAccess {
  const key = nsid.toLowerCase()
  if (FULL_ACCESS_METHODS.has(key)) return 'full'
  if (key.startsWith('chat.bsky.') || PRIVILEGED_METHODS.has(key)) return 'privileged'
  return 'standard'
}

/** What a session scope grants; null for a scope that is no session access at all. */
export function scopeAccess(scope: string): MethodAccess | null {
  if (scope === ACCESS_SCOPE) return 'full'
  if (scope === APP_PASS_PRIVILEGED_SCOPE) return 'privileged'
  if (scope === APP_PASS_SCOPE) return 'standard'
  return null
}

/** Whether a grant of `granted` covers a method that asks for `needed`. */
function covers(granted: MethodAccess, needed: MethodAccess): boolean {
  const rank = { standard: 0, privileged: 1, full: 2 } as const
  return rank[granted] >= rank[needed]
}

/**
 * Throws unless `credentials` may call method `nsid`. `nsid` undefined (the method could
 * not be told) lets only a full session through.
 *
 * @throws InvalidRequestError (400 InvalidToken, as the reference answers) naming the method
 * @example
 * assertMayCall(auth.credentials, 'com.atproto.server.createAppPassword')
 */
export function assertMayCall(credentials: AuthResult['credentials'], nsid: string | undefined): void {
  if (credentials.type !== 'access') return
  // @NOTE an OAuth credential's branch: its scopes. The verifier already checked them with the
  // request in hand (assertMethodAllowed sees a blob's type and the atproto-proxy audience)
  if (credentials.oauth) {
    if (nsid === undefined) throw new ForbiddenError('OAuth sessions may call only methods their scopes name')
    try {
      // @NOTE without the request, a blob upload counts as octet-stream and a proxied call as audience-less: stricter, never looser
      assertMethodAllowed(credentials.oauth.permissions, nsid, { headers: {} } as IncomingMessage)
    } catch (err) {
      if (err instanceof ScopeMissingError || err instanceof PasswordSessionRequiredError) {
        throw new ForbiddenError(err.message, undefined, { cause: err })
      }
      throw err
    }
    return
  }
  const granted = scopeAccess(credentials.scope)
  if (granted === 'full') return
  if (granted === null) throw new InvalidRequestError('Bad token scope', 'InvalidToken')
  if (nsid === undefined) {
    throw new InvalidRequestError('This method cannot be called with an app password session', 'InvalidToken')
  }
  const needed = methodAccess(nsid)
  if (covers(granted, needed)) return
  throw new InvalidRequestError(
    needed === 'full'
      ? `${nsid} manages the account: an app password session may not call it; log in with the account password`
      : `${nsid} needs a privileged app password: this app password is not privileged`,
    'InvalidToken',
  )
}

/**
 * Throws unless `credentials` may get a service auth token for method `lxm`
 * (com.atproto.server.getServiceAuth): never for a protected method, and for the others
 * only when the session could call that method itself.
 *
 * @throws InvalidRequestError naming the method
 */
export function assertMayRequestServiceAuth(credentials: AuthResult['credentials'], lxm: string | undefined): void {
  if (lxm === undefined) return
  if (PROTECTED_METHODS.has(lxm.toLowerCase())) {
    throw new InvalidRequestError(`cannot request a service auth token for the following protected method: ${lxm}`)
  }
  if (credentials.type !== 'access') return
  const granted = scopeAccess(credentials.scope)
  if (granted !== null && covers(granted, methodAccess(lxm))) return
  throw new InvalidRequestError(`insufficient access to request a service auth token for the following method: ${lxm}`)
}

function lower(nsids: readonly string[]): ReadonlySet<string> {
  return new Set(nsids.map((nsid) => nsid.toLowerCase()))
}
