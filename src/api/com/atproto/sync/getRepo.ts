import type { Method } from '#generated/lexicons/com/atproto/sync/getRepo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** The repo as a CAR, streamed from the database: whole, or the blocks written after rev `since`. */
export const getRepo: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    await readableSyncRepo(ctx, params.did, auth)
    const body = await ctx.repos.exportRepo(params.did, params.since)
    return { encoding: 'application/vnd.ipld.car', body }
  },
}
