import type { Handler } from '#generated/lexicons/com/atproto/sync/getLatestCommit.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { activeRepo } from './sync-access.js'

/** The repo's current commit CID and rev. */
export const getLatestCommit: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const { head, rev } = await activeRepo(ctx, params.did)
  return { encoding: 'application/json', body: { cid: head, rev } }
}
