import type { Method } from '#generated/lexicons/com/atproto/sync/listBlobs.js'
import { checkCursor } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** The CIDs of the blobs the repo's records reference (of records changed after `since`), a page at a time. */
export const listBlobs: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    const given = checkCursor(params.cursor, 'cid')
    await readableSyncRepo(ctx, params.did, auth)
    const { cids, cursor } = await ctx.blobs.list(params.did, { ...params, cursor: given })
    return { encoding: 'application/json', body: cursor === undefined ? { cids } : { cids, cursor } }
  },
}
