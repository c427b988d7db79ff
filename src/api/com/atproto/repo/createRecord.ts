import { error, type Method } from '#generated/lexicons/com/atproto/repo/createRecord.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { toRepoXrpcError, writableRepo } from './repo-access.js'

/** Creates a record in the caller's repo (rkey: a new TID unless given) as one commit. */
export const createRecord: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const { repo, collection, rkey, record, validate, swapCommit } = input.body
    if (typeof swapCommit === 'string') requireCid(swapCommit, 'Input/swapCommit')
    const { did, keypair } = await writableRepo(ctx, auth, repo, [{ action: 'create', collection }])
    try {
      const { commit, results } = await ctx.repos.applyWrites({
        did,
        keypair,
        swapCommit,
        validate,
        writes: [{ action: 'create', collection, rkey, record }],
      })
      const [result] = results
      if (result?.action !== 'create') throw new Error('createRecord: the commit did not report its create')
      const { uri, cid, validationStatus } = result
      return { encoding: 'application/json', body: { uri, cid, commit, validationStatus } }
    } catch (err) {
      throw toRepoXrpcError(err, error)
    }
  },
}
