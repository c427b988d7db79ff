import { error, type Method } from '#generated/lexicons/com/atproto/sync/getBlocks.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { BlockNotFoundError } from '#src/repo/errors.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** The named blocks of a repo, as a CAR without roots. */
export const getBlocks: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    const cids = params.cids.map((cid, i) => requireCid(cid, `Params/cids/${i}`))
    await readableSyncRepo(ctx, params.did, auth)
    try {
      const body = await ctx.repos.getBlocks(params.did, cids)
      return { encoding: 'application/vnd.ipld.car', body }
    } catch (err) {
      if (err instanceof BlockNotFoundError) throw error('BlockNotFound', err.message)
      throw err
    }
  },
}
