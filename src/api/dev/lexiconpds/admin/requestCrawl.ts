import type { Method } from '#generated/lexicons/dev/lexiconpds/admin/requestCrawl.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { actorOf, adminAuth } from '../../../com/atproto/admin/admin-call.js'

/** Asks the configured relays to crawl now. */
export const requestCrawl: Method<AppContext, AuthResult> = {
  auth: adminAuth,
  handler: async ({ ctx, auth, req }) => {
    const relays = await ctx.admin.requestCrawl(actorOf(auth, req))
    return { encoding: 'application/json', body: { relays: [...relays] } }
  },
}
