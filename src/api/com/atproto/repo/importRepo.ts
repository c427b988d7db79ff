import type { Readable } from 'node:stream'
import type { Method } from '#generated/lexicons/com/atproto/repo/importRepo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError, UpstreamFailureError } from '#src/errors.js'
import { DidResolutionError, signingKeyOf } from '#src/identity/index.js'
import { ImportError } from '#src/repo/errors.js'
import { readableRepo } from './repo-access.js'

/**
 * Replaces the caller's repo with a CAR exported elsewhere (moving in, or a reset): its
 * commit must be signed by the DID document's current key and its tree canonical; it is
 * re-signed with the key held here. Works while the account is deactivated, as a move
 * needs; an active account's consumers get a `#sync`.
 */
export const importRepo: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  // @NOTE the body streams into staging; our own limit answers a clear 400 while streaming
  opts: { blobLimit: Number.MAX_SAFE_INTEGER },
  handler: async ({ ctx, auth, input, req }) => {
    if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required to import')
    const hosted = await readableRepo(ctx, auth.credentials.did)
    ctx.availability.assertMayMoveIn(hosted)
    const limit = ctx.config.repoImportLimit
    if (Number(req.headers['content-length']) > limit) {
      throw new InvalidRequestError(`The repo is larger than this PDS imports (${limit} bytes)`)
    }
    const verifyKey = await currentSigningKey(ctx, hosted.did)
    try {
      await ctx.repos.importRepo({
        did: hosted.did,
        body: limited(input.body as Readable, limit),
        verifyKey,
        keypair: await ctx.accounts.signingKey(hosted.did),
        active: hosted.active,
      })
    } catch (err) {
      if (err instanceof ImportError) throw new InvalidRequestError(err.message, undefined, { cause: err })
      throw err
    }
  },
}

async function currentSigningKey(ctx: AppContext, did: string): Promise<string> {
  try {
    const doc = await ctx.identity.dids.resolve(did, { fresh: true })
    const key = doc ? signingKeyOf(doc) : undefined
    if (!key) throw new InvalidRequestError(`The DID document of ${did} names no signing key to verify the repo with`)
    return key
  } catch (err) {
    if (err instanceof DidResolutionError) throw new UpstreamFailureError(err.message, undefined, { cause: err })
    throw err
  }
}

async function* limited(body: Readable, limit: number): AsyncIterable<Uint8Array> {
  let seen = 0
  for await (const chunk of body) {
    seen += (chunk as Uint8Array).byteLength
    if (seen > limit) throw new ImportError(`The repo is larger than this PDS imports (${limit} bytes)`)
    yield chunk as Uint8Array
  }
}
