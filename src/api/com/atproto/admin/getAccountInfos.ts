import type { Method } from '#generated/lexicons/com/atproto/admin/getAccountInfos.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { moderatorAuth } from './admin-call.js'

const MAX_DIDS = 100

/** Admin views of several accounts (unknown DIDs are left out). */
export const getAccountInfos: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.getAccountInfos'),
  handler: async ({ ctx, params }) => {
    if (params.dids.length > MAX_DIDS) throw new InvalidRequestError(`At most ${MAX_DIDS} DIDs at a time`)
    const infos = await ctx.admin.accounts.views([...new Set(params.dids)])
    return { encoding: 'application/json', body: { infos } }
  },
}
