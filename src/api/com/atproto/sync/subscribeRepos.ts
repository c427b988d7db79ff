import type { Handler, Message } from '#generated/lexicons/com/atproto/sync/subscribeRepos.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import type { EncodedFrame } from '#src/sequencer/frames.js'

/**
 * The firehose: every event after `cursor` (if given), then the live tail.
 * @NOTE the frames are encoded once and shared by all subscribers; xrpc-server sends a
 * Frame as it is, so they are passed through where the generated type names messages
 */
export const subscribeRepos: Handler<AppContext, AuthResult> = ({ ctx, params, req, signal }) => {
  // @NOTE a consumer whose socket stops draining never pulls again; destroying the socket ends it
  const frames = ctx.firehose.subscribe(params.cursor, signal, () => req.socket.destroy())
  return withholdInactive(ctx, frames) as unknown as AsyncIterable<Message>
}

/**
 * Drops the `#commit` and `#sync` frames of repos that are not active now (taken down or
 * deactivated), live and on replay alike; `#identity` and `#account` still go out.
 * @see src/admin/availability.ts
 */
async function* withholdInactive(ctx: AppContext, frames: AsyncIterable<EncodedFrame>): AsyncGenerator<EncodedFrame> {
  for await (const frame of frames) {
    if ((frame.type === 'commit' || frame.type === 'sync') && frame.did !== undefined) {
      if (await ctx.availability.withholdsContentOf(frame.did)) continue
    }
    yield frame
  }
}
