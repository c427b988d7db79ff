import { error, type Method } from '#generated/lexicons/com/atproto/sync/getBlob.js'
import { requireCid } from '#src/api/identifier-params.js'
import type { AuthResult } from '#src/auth/types.js'
import { parseRange } from '#src/blobstore/byte-range.js'
import { BlobNotFoundError } from '#src/blobstore/errors.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import { readableSyncRepo, syncReadAuth } from './sync-access.js'

/**
 * A blob's bytes, streamed from the store, with the type it was stored as. Headers keep a
 * browser from running it (nosniff, a sandboxing CSP). A single `Range: bytes=a-b` answers
 * 206 with that part; a range past the end answers 416.
 */
export const getBlob: Method<AppContext, AuthResult> = {
  auth: syncReadAuth,
  handler: async ({ ctx, params, req, res, auth }) => {
    requireCid(params.cid, 'Params/cid')
    await readableSyncRepo(ctx, params.did, auth)
    const info = (await ctx.availability.blobHidden(params.did, params.cid))
      ? undefined
      : await ctx.blobs.find(params.did, params.cid)
    if (!info) throw error('BlobNotFound', `Could not find blob: ${params.cid}`)
    const headers: Record<string, string> = {
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'accept-ranges': 'bytes',
      'cache-control': 'private, max-age=31536000, immutable',
    }
    const range = parseRange(req.headers.range, info.size)
    if (range === 'unsatisfiable') {
      res.setHeader('content-range', `bytes */${info.size}`)
      return { status: 416, message: 'Range Not Satisfiable' }
    }
    try {
      const body = await ctx.blobs.open(params.did, params.cid, range)
      if (range) {
        headers['content-range'] = `bytes ${range.start}-${range.end}/${info.size}`
        headers['content-length'] = String(range.end - range.start + 1)
        // @NOTE xrpc-server sets 200 just before piping the body; the pipe comes after, so 206 wins
        res.once('pipe', () => res.status(206))
      } else {
        headers['content-length'] = String(info.size)
      }
      return { encoding: info.mimeType, body, headers }
    } catch (err) {
      if (err instanceof BlobNotFoundError) throw error('BlobNotFound', err.message, { cause: err })
      throw err
    }
  },
}
