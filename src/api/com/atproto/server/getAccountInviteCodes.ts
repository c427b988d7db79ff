import type { Method } from '#generated/lexicons/com/atproto/server/getAccountInviteCodes.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'

/**
 * The caller's own invite codes; with `createAvailable` (and `PDS_INVITE_INTERVAL` set) the
 * codes it has earned since are issued first. Disabled codes are left out.
 */
export const getAccountInviteCodes: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, params }) => {
    if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required')
    const account = await ctx.accounts.getAccount(auth.credentials.did)
    if (!account) throw new InvalidRequestError('Account not found', 'NotFound')
    ctx.availability.assertWritable(ctx.availability.statusOf(account))
    const codes = await ctx.admin.invites.forAccount(account, params)
    return { encoding: 'application/json', body: { codes } }
  },
}
