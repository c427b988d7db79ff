import type { Handler } from '#generated/lexicons/com/atproto/sync/getRepo.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { activeRepo } from './sync-access.js'

/** The repo as a CAR, streamed from the database: whole, or the blocks written after rev `since`. */
export const getRepo: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  await activeRepo(ctx, params.did)
  const body = await ctx.repos.exportRepo(params.did, params.since)
  return { encoding: 'application/vnd.ipld.car', body }
}
