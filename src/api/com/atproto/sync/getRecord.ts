import type { Handler } from '#generated/lexicons/com/atproto/sync/getRecord.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { RecordNotFoundError } from '#src/repo/errors.js'
import { activeRepo } from './sync-access.js'

/** A record with its MST proof up to the signed commit, as a CAR. */
export const getRecord: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const { did, collection, rkey } = params
  await activeRepo(ctx, did)
  try {
    const body = await ctx.repos.getRecordProof(did, collection, rkey)
    return { encoding: 'application/vnd.ipld.car', body }
  } catch (err) {
    if (err instanceof RecordNotFoundError) return { status: 400, error: 'RecordNotFound', message: err.message }
    throw err
  }
}
