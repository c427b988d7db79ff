import type { Method } from '#generated/lexicons/dev/lexiconpds/admin/getServerStatus.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { adminAuth } from '../../../com/atproto/admin/admin-call.js'

/** Version, accounts, database, blob store, disk, firehose seq and relays. */
export const getServerStatus: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx }) => ({ encoding: 'application/json', body: await ctx.admin.status() }),
}
