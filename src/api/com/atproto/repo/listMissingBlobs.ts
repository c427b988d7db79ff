import type { Method } from '#generated/lexicons/com/atproto/repo/listMissingBlobs.js'
import { checkCursor } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError } from '#src/errors.js'

/** The blobs the caller's records reference that this PDS does not hold (to upload after a migration). */
export const listMissingBlobs: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, params }) => {
    if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required')
    const { blobs, cursor } = await ctx.blobs.listMissing(auth.credentials.did, {
      ...params,
      cursor: checkCursor(params.cursor, 'cid'),
    })
    return { encoding: 'application/json', body: cursor === undefined ? { blobs } : { blobs, cursor } }
  },
}
