import type { Method } from '#generated/lexicons/com/atproto/admin/updateSubjectStatus.js'
import type { Subject } from '#src/admin/admin-service.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { actorOf, adminCall, moderatorAuth } from './admin-call.js'

/** Takes down (or restores) an account, a record or a blob. */
export const updateSubjectStatus: Method<AppContext, AuthResult> = {
  auth: moderatorAuth('com.atproto.admin.updateSubjectStatus'),
  handler: async ({ ctx, auth, input, req }) => {
    const { subject, takedown, deactivated } = input.body
    if (takedown?.applied && deactivated && !deactivated.applied) {
      throw new InvalidRequestError('Cannot activate and takedown an account at the same time')
    }
    const known = subject.$type
    if (
      known !== 'com.atproto.admin.defs#repoRef' &&
      known !== 'com.atproto.repo.strongRef' &&
      known !== 'com.atproto.admin.defs#repoBlobRef'
    ) {
      throw new InvalidRequestError(`Invalid subject (${known})`)
    }
    const result = await adminCall(() =>
      ctx.admin.updateSubjectStatus(actorOf(auth, req), subject as Subject, takedown, deactivated),
    )
    return { encoding: 'application/json', body: result }
  },
}
