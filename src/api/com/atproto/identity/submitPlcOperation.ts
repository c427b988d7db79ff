import type { Method } from '#generated/lexicons/com/atproto/identity/submitPlcOperation.js'
import { submitOperation } from '#src/account/plc-operations.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { toIdentityXrpcError } from './identity-access.js'
import { callerAccount } from './plc-account.js'

/** Sends a signed PLC operation for the caller's DID, once checked to keep the account hosted here. */
export const submitPlcOperation: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const account = await callerAccount(ctx, auth)
    try {
      await submitOperation(ctx.accounts.plcOperations(), account, input.body.operation)
    } catch (err) {
      throw toIdentityXrpcError(err)
    }
  },
}
