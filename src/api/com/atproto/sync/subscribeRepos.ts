import { ErrorFrame } from '@atproto/xrpc-server'
import type { Handler, Message } from '#generated/lexicons/com/atproto/sync/subscribeRepos.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import type { FirehoseConsumer } from '#src/sequencer/firehose.js'
import type { EncodedFrame } from '#src/sequencer/frames.js'

// @NOTE 1008 (policy violation) is the close code xrpc-server gives every error frame
const POLICY_CLOSE = 1008
/** The WebSocket `OPEN` ready state. */
const OPEN = 1

/**
 * The firehose: every event after `cursor` (if given), then the live tail.
 * @NOTE the frames are encoded once and shared by all subscribers; xrpc-server sends a
 * Frame as it is, so they are passed through where the generated type names messages
 */
export const subscribeRepos: Handler<AppContext, AuthResult> = ({ ctx, params, req, signal }) => {
  const socket = ctx.limits.subscriptions.socketOf(req)
  // @NOTE the connection `ws` writes to (the upgraded request's socket): the fan-out writes the
  // pre-framed message (EncodedFrame.wire) there itself, in order with what `ws` writes, and its
  // bytes count in `bufferedAmount` as ws's do. Only without extensions: a negotiated one
  // (permessage-deflate) could hold ws's frames back in its own queue
  const raw = socket?.extensions === '' ? req.socket : undefined
  const consumer: FirehoseConsumer = {
    get bufferedAmount() {
      return socket?.bufferedAmount ?? 0
    },
    // @NOTE a consumer whose socket stops draining never pulls again, so it is told and closed from here;
    // the frame and the close queue behind what it has not read yet
    cut() {
      if (!socket) return req.socket.destroy()
      const frame = new ErrorFrame({ error: 'ConsumerTooSlow', message: 'Stream consumer too slow' })
      socket.send(frame.toBytes(), { binary: true })
      socket.close(POLICY_CLOSE, 'ConsumerTooSlow')
    },
    terminate() {
      if (socket) socket.terminate()
      else req.socket.destroy()
    },
    // @NOTE the fan-out's way past the frames' async iterator: no per-frame promise or callback per subscriber
    sendNow(frame) {
      if (socket?.readyState !== OPEN) return false
      const withheld = withholds(ctx, frame)
      if (withheld === true) return true
      if (withheld !== false) {
        // @NOTE not known yet: the frame comes through withholdInactive, which awaits the answer (and its failure)
        withheld.catch(() => undefined)
        return false
      }
      if (raw) raw.write(frame.wire)
      else socket.send(frame.bytes, { binary: true })
      return true
    },
    cork() {
      raw?.cork()
    },
    uncork() {
      raw?.uncork()
    },
  }
  const frames = ctx.firehose.subscribe(params.cursor, signal, consumer)
  return withholdInactive(ctx, frames) as unknown as AsyncIterable<Message>
}

/**
 * Drops the `#commit` and `#sync` frames of repos that are not active now (taken down or
 * deactivated), live and on replay alike; `#identity` and `#account` still go out.
 * @see src/admin/availability.ts
 */
async function* withholdInactive(ctx: AppContext, frames: AsyncIterable<EncodedFrame>): AsyncGenerator<EncodedFrame> {
  for await (const frame of frames) {
    const withheld = withholds(ctx, frame)
    if (withheld === true || (withheld !== false && (await withheld))) continue
    yield frame
  }
}

/** Whether `frame` is withheld (see {@link withholdInactive}); a promise while that is not known at once. */
function withholds(ctx: AppContext, frame: EncodedFrame): boolean | Promise<boolean> {
  if ((frame.type !== 'commit' && frame.type !== 'sync') || frame.did === undefined) return false
  return ctx.availability.withholdsContentOf(frame.did)
}
