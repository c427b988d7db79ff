import {
  error,
  isCreate,
  isUpdate,
  type Method,
  type OutputSchema,
} from '#generated/lexicons/com/atproto/repo/applyWrites.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import type { WriteOp } from '#src/repo/prepare-writes.js'
import { toRepoXrpcError, writableRepo } from './repo-access.js'

/** The most writes one applyWrites call may carry. */
export const MAX_WRITES = 200

/** Applies up to {@link MAX_WRITES} creates, updates and deletes to the caller's repo as one commit: all or none. */
export const applyWrites: Method<AppContext, AuthResult> = {
  auth: ({ ctx, req }) => ctx.auth.accessStandard({ req }),
  handler: async ({ ctx, auth, input }) => {
    const { repo, writes, validate, swapCommit } = input.body
    if (typeof swapCommit === 'string') requireCid(swapCommit, 'Input/swapCommit')
    if (writes.length > MAX_WRITES) {
      throw new InvalidRequestError(`Too many writes: ${writes.length}; the most is ${MAX_WRITES}`)
    }
    const ops: WriteOp[] = writes.map((write) => {
      if (isCreate(write))
        return { action: 'create', collection: write.collection, rkey: write.rkey, record: write.value }
      if (isUpdate(write))
        return { action: 'update', collection: write.collection, rkey: write.rkey, record: write.value }
      return { action: 'delete', collection: write.collection, rkey: write.rkey }
    })
    const { did, keypair } = await writableRepo(
      ctx,
      auth,
      repo,
      ops.map(({ action, collection }) => ({ action: action === 'put' ? 'update' : action, collection })),
    )
    try {
      const { commit, results } = await ctx.repos.applyWrites({ did, keypair, writes: ops, validate, swapCommit })
      const body: OutputSchema = {
        commit,
        results: results.map((result) =>
          result.action === 'delete'
            ? { $type: 'com.atproto.repo.applyWrites#deleteResult' as const }
            : {
                $type: `com.atproto.repo.applyWrites#${result.action}Result` as const,
                uri: result.uri,
                cid: result.cid,
                validationStatus: result.validationStatus,
              },
        ),
      }
      return { encoding: 'application/json', body }
    } catch (err) {
      throw toRepoXrpcError(err, error)
    }
  },
}
