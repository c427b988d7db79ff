import type { Method } from '#generated/lexicons/com/atproto/admin/getSubjectStatus.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { adminCall, moderatorAuth } from './admin-call.js'

/** The takedown state of an account (`did`), a record (`uri`) or a blob (`did` + `blob`). */
export const getSubjectStatus: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.getSubjectStatus'),
  handler: async ({ ctx, params }) => {
    const status = await adminCall(() => ctx.admin.subjectStatus(params))
    if (!status) throw new InvalidRequestError('Subject not found', 'NotFound')
    return { encoding: 'application/json', body: status }
  },
}
