import type { Method } from '#generated/lexicons/com/atproto/identity/requestPlcOperationSignature.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { callerAccount } from './plc-account.js'

/** Mails the caller a code that lets this PDS sign one PLC operation for them (signPlcOperation). */
export const requestPlcOperationSignature: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const account = await callerAccount(ctx, auth)
    if (!account.did.startsWith('did:plc:')) throw new InvalidRequestError('Only did:plc accounts have PLC operations')
    if (!account.email) throw new InvalidRequestError('The account has no email address to send the code to')
    await ctx.mail.sendCode({ did: account.did, to: account.email, kind: 'plc_operation' })
  },
}
