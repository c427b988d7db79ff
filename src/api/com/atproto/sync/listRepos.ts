import type { Handler } from '#generated/lexicons/com/atproto/sync/listRepos.js'
import { checkCursor } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'

/** Every repo hosted here with its head, rev and status, in DID order. */
export const listRepos: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const page = await ctx.repos.listRepos({ limit: params.limit, cursor: checkCursor(params.cursor, 'did') })
  return { encoding: 'application/json', body: page }
}
