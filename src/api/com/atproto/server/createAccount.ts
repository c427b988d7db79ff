import { error, type Method } from '#generated/lexicons/com/atproto/server/createAccount.js'
import { AccountError } from '#src/account/errors.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError, UpstreamFailureError } from '#src/errors.js'
import { PlcError } from '#src/identity/index.js'

/**
 * Signs up a new account (a new did:plc through the PLC directory), or starts moving an
 * existing DID here: then the caller proves control of it with a service JWT signed by
 * the DID's key, and the account starts deactivated until the move completes.
 */
export const createAccount: Method<AppContext, AuthResult> = async ({ ctx, input, req }) => {
  const { handle, email, password, did, recoveryKey, inviteCode } = input.body
  if (did !== undefined) {
    const { did: iss } = await ctx.serviceAuth.verify(req, 'com.atproto.server.createAccount')
    if (iss !== did) throw new InvalidRequestError('The service JWT was issued by another DID than the one given')
  }
  let created: Awaited<ReturnType<AppContext['accounts']['createAccount']>>
  try {
    created = await ctx.accounts.createAccount({ handle, email, password, did, recoveryKey, inviteCode })
  } catch (err) {
    if (err instanceof AccountError) {
      if (err.reason === 'InvalidRequest') throw new InvalidRequestError(err.message, undefined, { cause: err })
      throw error(err.reason, err.message, { cause: err })
    }
    if (err instanceof PlcError) {
      throw new UpstreamFailureError(`Could not register the DID with the PLC directory: ${err.message}`, undefined, {
        cause: err,
      })
    }
    throw err
  }
  const { account } = created
  const tokens = await ctx.sessions.create(account.did)
  const didDoc = created.didDoc ?? (await ctx.accounts.didDocument(account.did))
  return {
    encoding: 'application/json',
    body: { ...tokens, did: account.did, handle: account.handle ?? handle, ...(didDoc ? { didDoc } : {}) },
  }
}
