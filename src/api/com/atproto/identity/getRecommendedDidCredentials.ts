import type { Method } from '#generated/lexicons/com/atproto/identity/getRecommendedDidCredentials.js'
import { recommendedCredentials } from '#src/account/plc-operations.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { callerAccount } from './plc-account.js'

/** What the caller's DID document should say to be hosted here (the first step of moving in). */
export const getRecommendedDidCredentials: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth }) => {
    const account = await callerAccount(ctx, auth)
    const credentials = await recommendedCredentials(ctx.accounts.plcOperations(), account)
    const { rotationKeys, ...rest } = credentials
    return {
      encoding: 'application/json',
      // @NOTE rotation keys mean nothing to a did:web, whose owner edits the document by hand
      body: account.did.startsWith('did:plc:') ? credentials : rest,
    }
  },
}
