import type { Account } from '#src/account/account-service.js'
import { accountStatus } from '#src/account/account-service.js'
import type { AppContext } from '#src/context.js'
import type { DidDocument } from '#src/identity/index.js'

/** What createSession, getSession and refreshSession say about the account. */
export interface SessionView {
  handle: string
  did: string
  didDoc?: DidDocument
  email?: string
  emailConfirmed: boolean
  emailAuthFactor: boolean
  active: boolean
  status?: 'takendown' | 'deactivated'
}

/**
 * The account part of a session response. `includeEmail` is false for app-password
 * sessions, which may not read the address.
 */
export async function sessionView(ctx: AppContext, account: Account, includeEmail = true): Promise<SessionView> {
  const didDoc = await ctx.accounts.didDocument(account.did)
  return {
    // @NOTE the Lexicon requires a handle; `handle.invalid` is the spec's name for a missing one
    handle: account.handle ?? 'handle.invalid',
    did: account.did,
    ...(didDoc ? { didDoc } : {}),
    ...(includeEmail && account.email !== null ? { email: account.email } : {}),
    emailConfirmed: account.emailConfirmedAt !== null,
    emailAuthFactor: Boolean(account.emailAuthFactor),
    ...accountStatus(account),
  }
}
