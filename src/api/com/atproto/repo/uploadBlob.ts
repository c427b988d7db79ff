import { rt } from '#generated/index.js'
import type { Method } from '#generated/lexicons/com/atproto/repo/uploadBlob.js'
import type { AuthResult } from '#src/auth/types.js'
import { BlobQuotaError, BlobTooLargeError } from '#src/blobstore/errors.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError, ResponseType, XRPCError } from '#src/errors.js'
import { readableRepo } from './repo-access.js'

/**
 * Stores the request body as a temporary blob of the caller and answers with its blob ref.
 * The MIME type is sniffed from the bytes; the declared Content-Type is used only when the
 * format is not recognised. A record must reference the blob within an hour or it expires;
 * a blob that records already reference (an imported repo's) is kept at once.
 */
export const uploadBlob: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  // @NOTE xrpc-server's own limit answers 413; ours is the declared 400 BlobTooLarge, checked while streaming
  opts: { blobLimit: Number.MAX_SAFE_INTEGER },
  handler: async ({ ctx, auth, input, req }) => {
    if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required to upload')
    const { did } = auth.credentials
    const hosted = await readableRepo(ctx, did)
    // @NOTE a deactivated account may upload: moving in, the missing blobs arrive before activation
    ctx.availability.assertMayMoveIn(hosted)
    const limit = ctx.blobs.uploadLimit
    const declaredLength = Number(req.headers['content-length'])
    try {
      if (declaredLength > limit) throw new BlobTooLargeError(limit)
      const length = Number.isSafeInteger(declaredLength) ? declaredLength : undefined
      const blob = await ctx.blobs.upload(did, input.body, input.encoding, length)
      const ref = { $type: 'blob' as const, ref: rt.parseCid(blob.cid), mimeType: blob.mimeType, size: blob.size }
      return { encoding: 'application/json', body: { blob: ref } }
    } catch (err) {
      if (err instanceof BlobTooLargeError) throw new InvalidRequestError(err.message, 'BlobTooLarge', { cause: err })
      if (err instanceof BlobQuotaError) {
        // @NOTE too many at once is a rate (try again soon); a full quota needs the client to act
        if (err.reason === 'concurrency') {
          throw new XRPCError(ResponseType.RateLimitExceeded, err.message, 'RateLimitExceeded', { cause: err })
        }
        throw new InvalidRequestError(err.message, 'QuotaExceeded', { cause: err })
      }
      throw err
    }
  },
}
