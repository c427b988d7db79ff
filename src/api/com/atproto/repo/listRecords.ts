import type { Handler } from '#generated/lexicons/com/atproto/repo/listRecords.js'
import { checkCursor } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { recordsOutput } from './record-output.js'

/** A page of one collection of a repo, newest record key first (oldest first with `reverse`). */
export const listRecords: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const { repo, collection, limit, cursor, reverse } = params
  checkCursor(cursor, 'rkey')
  const { did } = await ctx.availability.repoRead(repo)
  const page = await ctx.repos.listRecords(did, collection, { limit, cursor, reverse })
  return recordsOutput(page)
}
