import type { Method } from '#generated/lexicons/com/atproto/sync/getLatestCommit.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/** The repo's current commit CID and rev. */
export const getLatestCommit: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, auth }) => {
    const { head, rev } = await readableSyncRepo(ctx, params.did, auth)
    return { encoding: 'application/json', body: { cid: head, rev } }
  },
}
