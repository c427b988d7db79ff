/**
 * Which XRPC methods a credential may reach through this PDS: the protected methods
 * (account, email, PLC, session and app-password management) are never proxied and never
 * get a service-auth token, and the privileged ones (chat, createAccount) need a full
 * session or a privileged app password.
 *
 * @NOTE the one place for these lists. The app-password work builds the general
 * "may this credential call this NSID" check; {@link assertMayCallPrivileged} is the
 * minimal form of it for proxied and service-auth calls, to be merged into that check.
 * @module
 */
import { InvalidRequestError } from '#src/errors.js'
import { ACCESS_SCOPE } from './tokens.js'

/** The scope of an app password session that may call privileged methods. */
export const APP_PASS_PRIVILEGED_SCOPE = 'com.atproto.appPassPrivileged'

/**
 * Account-management methods: called on the account's own PDS only, never forwarded and
 * never granted a service token. The reference's list (its `pipethrough.ts`), plus the
 * session and password methods, which no other service has any business calling for a user.
 */
export const PROTECTED_METHODS: ReadonlySet<string> = lowerSet([
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
  // beyond the reference
  'com.atproto.server.createSession',
  'com.atproto.server.refreshSession',
  'com.atproto.server.deleteSession',
  'com.atproto.server.deleteAccount',
  'com.atproto.server.requestPasswordReset',
  'com.atproto.server.resetPassword',
  'com.atproto.server.getServiceAuth',
])

/** Privileged methods outside the chat namespace (every `chat.bsky.*` method is privileged). */
const PRIVILEGED_OTHER: ReadonlySet<string> = lowerSet(['com.atproto.server.createAccount'])

/** Whether `nsid` is protected (NSIDs compare case-insensitively, as the reference does). */
export function isProtectedMethod(nsid: string): boolean {
  return PROTECTED_METHODS.has(nsid.toLowerCase())
}

/** Whether `nsid` needs a full session or a privileged app password. */
export function isPrivilegedMethod(nsid: string): boolean {
  const lower = nsid.toLowerCase()
  return lower.startsWith('chat.bsky.') || PRIVILEGED_OTHER.has(lower)
}

/** Whether an access token `scope` is a full session or a privileged app password. */
export function isPrivilegedScope(scope: string): boolean {
  return scope === ACCESS_SCOPE || scope === APP_PASS_PRIVILEGED_SCOPE
}

/**
 * Throws `400 InvalidToken` when an access token of `scope` may not reach `nsid` (a
 * privileged method with a plain app password).
 *
 * @example
 * assertMayCallPrivileged(auth.credentials.scope, 'chat.bsky.convo.listConvos')
 */
export function assertMayCallPrivileged(scope: string, nsid: string): void {
  if (isPrivilegedMethod(nsid) && !isPrivilegedScope(scope)) {
    throw new InvalidRequestError(`This app password may not call ${nsid}`, 'InvalidToken')
  }
}

function lowerSet(items: readonly string[]): ReadonlySet<string> {
  return new Set(items.map((item) => item.toLowerCase()))
}
