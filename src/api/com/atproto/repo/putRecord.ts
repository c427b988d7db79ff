import { error, type Method } from '#generated/lexicons/com/atproto/repo/putRecord.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { toRepoXrpcError, writableRepo } from './repo-access.js'

/** Creates or replaces the record at `collection/rkey` in the caller's repo. */
export const putRecord: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const { repo, collection, rkey, record, validate, swapRecord, swapCommit } = input.body
    if (typeof swapCommit === 'string') requireCid(swapCommit, 'Input/swapCommit')
    if (typeof swapRecord === 'string') requireCid(swapRecord, 'Input/swapRecord')
    const { did, keypair } = await writableRepo(ctx, auth, repo, [
      // @NOTE putRecord creates or replaces, so an OAuth grant needs both
      { action: 'create', collection },
      { action: 'update', collection },
    ])
    try {
      const { commit, results } = await ctx.repos.applyWrites({
        did,
        keypair,
        swapCommit,
        validate,
        writes: [{ action: 'put', collection, rkey, record, swapRecord }],
      })
      const [result] = results
      if (result === undefined || result.action === 'delete')
        throw new Error('putRecord: the commit did not report its write')
      const { uri, cid, validationStatus } = result
      return { encoding: 'application/json', body: { uri, cid, commit, validationStatus } }
    } catch (err) {
      throw toRepoXrpcError(err, error)
    }
  },
}
