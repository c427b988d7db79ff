import type { Method } from '#generated/lexicons/dev/lexiconpds/admin/getAuditLog.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { adminAuth } from '../../../com/atproto/admin/admin-call.js'

/** A page of the admin audit log, newest first. */
export const getAuditLog: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, params }) => {
    const page = await ctx.admin.auditLog(params)
    return { encoding: 'application/json', body: page }
  },
}
