import { error, type Handler } from '#generated/lexicons/com/atproto/sync/getRepoStatus.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'

/** Whether the repo is active here, why not, and its rev while active. */
export const getRepoStatus: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const status = await ctx.repos.getRepoStatus(params.did)
  if (!status) throw error('RepoNotFound', `Could not find repo for DID: ${params.did}`)
  const { did, active, rev } = status
  const body = active ? { did, active, rev } : { did, active, status: status.status }
  return { encoding: 'application/json', body }
}
