import { error, type Handler } from '#generated/lexicons/com/atproto/repo/getRecord.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { recordOutput } from './record-output.js'

/** One record of a repo hosted here (a given version with `cid`). */
export const getRecord: Handler<AppContext, AuthResult> = async ({ ctx, params }) => {
  const { repo, collection, rkey, cid } = params
  if (cid !== undefined) requireCid(cid, 'Params/cid')
  const { did } = await ctx.availability.repoRead(repo)
  const record = await ctx.repos.getRecord(did, collection, rkey, cid)
  if (!record) {
    const version = cid ? ` at version ${cid}` : ''
    throw error('RecordNotFound', `Could not find record: at://${did}/${collection}/${rkey}${version}`)
  }
  return recordOutput(record)
}
