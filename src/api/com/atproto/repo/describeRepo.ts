import type { Handler } from '#generated/lexicons/com/atproto/repo/describeRepo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'

/** A repo's identity (handle, DID document) and the collections it holds. */
export const describeRepo: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const { did, handle } = await ctx.availability.repoRead(params.repo)
  const [didDoc, collections] = await Promise.all([ctx.accounts.didDocument(did), ctx.repos.listCollections(did)])
  if (!didDoc) throw new InvalidRequestError(`Could not resolve the DID document of ${did}`)
  // @NOTE the handle is correct when the DID document claims it back (at://<handle> in alsoKnownAs)
  const handleIsCorrect = handle !== null && (didDoc.alsoKnownAs ?? []).includes(`at://${handle}`)
  return {
    encoding: 'application/json',
    body: { handle: handle ?? 'handle.invalid', did, didDoc, collections, handleIsCorrect },
  }
}
