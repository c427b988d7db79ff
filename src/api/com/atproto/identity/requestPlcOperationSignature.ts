import type { Method } from '#generated/lexicons/com/atproto/identity/requestPlcOperationSignature.js'
import { issueEmailToken } from '#src/account/email-tokens.js'
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
    const token = await issueEmailToken(ctx.db, account.did, 'plc_operation')
    // @TODO(#10) mail the code; until mail exists it reaches a developer only through the log
    if (ctx.config.devMode) ctx.logger.info({ did: account.did, token }, 'PLC operation code (development mode only)')
  },
}
