import type { Method } from '#generated/lexicons/com/atproto/identity/signPlcOperation.js'
import { type PlcChanges, signOperation } from '#src/account/plc-operations.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { toIdentityXrpcError } from './identity-access.js'
import { callerAccount } from './plc-account.js'

/** Signs, with this PDS's rotation key, the caller's next PLC operation (not submitted). Needs the mailed code. */
export const signPlcOperation: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const account = await callerAccount(ctx, auth)
    const { token, rotationKeys, alsoKnownAs, verificationMethods, services } = input.body
    if (!token) throw new InvalidRequestError('A code from requestPlcOperationSignature is required', 'InvalidToken')
    const changes: PlcChanges = {
      rotationKeys,
      alsoKnownAs,
      verificationMethods: verificationMethods as PlcChanges['verificationMethods'],
      services: services as PlcChanges['services'],
    }
    try {
      const operation = await signOperation(ctx.accounts.plcOperations(), account.did, token, changes)
      return { encoding: 'application/json', body: { operation: { ...operation } } }
    } catch (err) {
      throw toIdentityXrpcError(err)
    }
  },
}
