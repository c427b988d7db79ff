import { error, type Method } from '#generated/lexicons/com/atproto/sync/getRecord.js'
import { viewerOf } from '#src/admin/availability.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { RecordNotFoundError } from '#src/repo/errors.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** A record with its MST proof up to the signed commit, as a CAR. */
export const getRecord: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    const { did, collection, rkey } = params
    await readableSyncRepo(ctx, did, auth)
    const uri = `at://${did}/${collection}/${rkey}`
    if (await ctx.availability.recordHidden(uri, did, viewerOf(auth))) {
      throw error('RecordNotFound', `Could not find record: ${uri}`)
    }
    try {
      const body = await ctx.repos.getRecordProof(did, collection, rkey)
      return { encoding: 'application/vnd.ipld.car', body }
    } catch (err) {
      if (err instanceof RecordNotFoundError) throw error('RecordNotFound', err.message, { cause: err })
      throw err
    }
  },
}
