import { error, type Method } from '#generated/lexicons/com/atproto/repo/deleteRecord.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { RecordNotFoundError } from '#src/repo/errors.js'
import { toRepoXrpcError, writableRepo } from './repo-access.js'

/** Deletes a record from the caller's repo. Deleting a record that is not there is a no-op without a commit. */
export const deleteRecord: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const { repo, collection, rkey, swapRecord, swapCommit } = input.body
    if (typeof swapCommit === 'string') requireCid(swapCommit, 'Input/swapCommit')
    if (typeof swapRecord === 'string') requireCid(swapRecord, 'Input/swapRecord')
    const { did, keypair } = await writableRepo(ctx, auth, repo, [{ action: 'delete', collection }])
    try {
      const { commit } = await ctx.repos.applyWrites({
        did,
        keypair,
        swapCommit,
        writes: [{ action: 'delete', collection, rkey, swapRecord }],
      })
      return { encoding: 'application/json', body: { commit } }
    } catch (err) {
      // @NOTE deletes are idempotent, as in the reference PDS: a second delete succeeds with no commit
      if (err instanceof RecordNotFoundError) return { encoding: 'application/json', body: {} }
      throw toRepoXrpcError(err, error)
    }
  },
}
