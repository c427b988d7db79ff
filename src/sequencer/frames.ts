/**
 * Firehose frames encoded once: the DAG-CBOR header `{ op: 1, t: '#<type>' }` followed by
 * the stored body, shared by every subscriber that is sent the event, and the same bytes
 * behind the WebSocket frame header that carries them, so the fan-out writes one buffer to
 * every socket instead of having `ws` frame the message again per subscriber.
 *
 * @see https://atproto.com/specs/event-stream#framing
 * @see https://www.rfc-editor.org/rfc/rfc6455#section-5.2
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

/** Bytes of the WebSocket header of an unmasked frame whose payload is `length` bytes long. */
function wsHeaderLength(length: number): number {
  return length < 126 ? 2 : length < 0x10000 ? 4 : 10
}

/**
 * Writes the header of a final, unmasked binary WebSocket frame (a whole message) of `length`
 * payload bytes at the start of `target`.
 * @NOTE server frames are never masked (RFC 6455 5.1), and permessage-deflate is not offered,
 * so a message is the same bytes on every connection
 */
function writeWsHeader(target: Buffer, length: number): void {
  target[0] = 0x82 // FIN + opcode 2 (binary)
  if (length < 126) {
    target[1] = length
  } else if (length < 0x10000) {
    target[1] = 126
    target.writeUInt16BE(length, 2)
  } else {
    target[1] = 127
    target.writeBigUInt64BE(BigInt(length), 2)
  }
}

/**
 * A message frame whose bytes are already encoded. xrpc-server sends `toBytes()` as is.
 * @NOTE `body` (decoded on demand) is only read when the server validates outgoing
 * messages (dev mode); it carries `$type` because that is what the message union checks
 */
export class EncodedFrame extends Frame {
  /** The frame (header + body), as xrpc-server and `ws.send` take it. */
  readonly bytes: Uint8Array
  /**
   * `bytes` behind their WebSocket frame header: one whole binary message, ready to be written
   * to a subscriber's socket as is (`bytes` is a view into it).
   */
  readonly wire: Buffer
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
    const length = header.byteLength + body.byteLength
    const ws = wsHeaderLength(length)
    this.wire = Buffer.allocUnsafe(ws + length)
    writeWsHeader(this.wire, length)
    this.wire.set(header, ws)
    this.wire.set(body, ws + header.byteLength)
    this.bytes = this.wire.subarray(ws)
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
