/**
 * Firehose frames encoded once: the DAG-CBOR header `{ op: 1, t: '#<type>' }` followed by
 * the stored body, shared by every subscriber that is sent the event.
 *
 * @see https://atproto.com/specs/event-stream#framing
 * @module
 */
import { Frame, type FrameHeader } from '@atproto/xrpc-server'
import { decode as cborDecode, encode as cborEncode } from '@ipld/dag-cbor'
import type { EventType } from './events.js'

const NSID = 'com.atproto.sync.subscribeRepos'

const HEADERS = new Map<string, Uint8Array>()

function headerBytes(type: string): Uint8Array {
  let bytes = HEADERS.get(type)
  if (!bytes) {
    bytes = cborEncode({ op: 1, t: `#${type}` })
    HEADERS.set(type, bytes)
  }
  return bytes
}

/**
 * A message frame whose bytes are already encoded. xrpc-server sends `toBytes()` as is.
 * @NOTE `body` (decoded on demand) is only read when the server validates outgoing
 * messages (dev mode); it carries `$type` because that is what the message union checks
 */
export class EncodedFrame extends Frame {
  readonly bytes: Uint8Array
  readonly #headerLength: number
  #body: Record<string, unknown> | undefined

  constructor(
    readonly type: EventType | 'info',
    body: Uint8Array,
    /** The DID the event is about (unset for `#info`). */
    readonly did?: string,
  ) {
    super()
    const header = headerBytes(type)
    this.#headerLength = header.byteLength
    this.bytes = Buffer.concat([header, body])
  }

  get header(): FrameHeader {
    return { op: 1, t: `#${this.type}` }
  }

  get body() {
    // @NOTE decoded once per frame, not once per subscriber it is sent to
    this.#body ??= {
      $type: `${NSID}#${this.type}`,
      ...(cborDecode(this.bytes.subarray(this.#headerLength)) as Record<string, unknown>),
    }
    return this.#body as never
  }

  override toBytes(): Uint8Array {
    return this.bytes
  }
}

/**
 * The `#info` frame telling a subscriber its cursor is older than the retained log.
 *
 * @example
 * yield outdatedCursorFrame()
 */
export function outdatedCursorFrame(): EncodedFrame {
  return new EncodedFrame(
    'info',
    cborEncode({ name: 'OutdatedCursor', message: 'Requested cursor exceeded limit. Possibly missing events' }),
  )
}
