import type { Method } from '#generated/lexicons/com/atproto/sync/getRepo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { SnapshotWaitTimeoutError } from '#src/db/snapshots.js'
import { NotEnoughResourcesError } from '#src/errors.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** The repo as a CAR, streamed from the database: whole, or the blocks written after rev `since`. */
export const getRepo: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    await readableSyncRepo(ctx, params.did, auth)
    try {
      const body = await ctx.repos.exportRepo(params.did, params.since)
      return { encoding: 'application/vnd.ipld.car', body }
    } catch (err) {
      // @NOTE every export slot is held (PDS_EXPORT_WAIT_MS passed): the server is busy, not the
      // request wrong. The lexicon declares no error for it; XRPC's status for an overloaded
      // server is 503 NotEnoughResources (as the password-hash queue answers, and as
      // @atproto/xrpc names ResponseType 503), so clients retry later
      if (err instanceof SnapshotWaitTimeoutError) {
        throw new NotEnoughResourcesError('Too many repo exports in progress; try again in a moment', undefined, {
          cause: err,
        })
      }
      throw err
    }
  },
}
