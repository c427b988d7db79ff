import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import net from 'node:net'
import { Frame } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const NOTE = 'com.example.note'

/** `ws`'s own framing (what every frame went through before the fan-out wrote pre-framed bytes). */
interface WsSender {
  frame(data: Buffer, opts: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean }): Buffer[]
}
// @NOTE `ws` ships no types and @types/ws is not installed; this is the little we use
const Sender = (createRequire(import.meta.url)('ws') as { Sender: WsSender }).Sender

/** One WebSocket frame as it came off the wire. */
interface WireFrame {
  /** The whole frame: header and payload. */
  raw: Buffer
  payload: Buffer
}

/**
 * A subscriber on a bare TCP socket that does the WebSocket upgrade itself and keeps the bytes
 * the server wrote, frame by frame (no library between the wire and the test).
 */
class WireSubscriber {
  readonly frames: WireFrame[] = []
  #pending = Buffer.alloc(0)
  #upgraded = false
  #status = ''

  private constructor(readonly socket: net.Socket) {}

  static async connect(pdsUrl: string, cursor: number): Promise<WireSubscriber> {
    const url = new URL(pdsUrl)
    const socket = net.connect(Number(url.port), url.hostname)
    const sub = new WireSubscriber(socket)
    socket.on('data', (data) => sub.#onData(data))
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve)
      socket.once('error', reject)
    })
    socket.write(
      `GET /xrpc/com.atproto.sync.subscribeRepos?cursor=${cursor} HTTP/1.1\r\nHost: ${url.host}\r\n` +
        'Upgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    )
    await sub.waitFor(() => sub.#upgraded)
    expect(sub.#status).toMatch(/^HTTP\/1\.1 101 /)
    return sub
  }

  async waitFor(done: () => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms (${this.frames.length} frames)`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  close(): void {
    this.socket.destroy()
  }

  #onData(data: Buffer): void {
    this.#pending = Buffer.concat([this.#pending, data])
    if (!this.#upgraded) {
      const end = this.#pending.indexOf('\r\n\r\n')
      if (end < 0) return
      this.#status = this.#pending.subarray(0, end).toString('latin1')
      this.#pending = this.#pending.subarray(end + 4)
      this.#upgraded = true
    }
    for (;;) {
      const frame = nextFrame(this.#pending)
      if (!frame) return
      this.frames.push(frame)
      this.#pending = this.#pending.subarray(frame.raw.byteLength)
    }
  }
}

/** The first whole frame at the start of `bytes`, if it is all there. */
function nextFrame(bytes: Buffer): WireFrame | undefined {
  if (bytes.byteLength < 2) return undefined
  const masked = ((bytes[1] as number) & 0x80) !== 0
  let length = (bytes[1] as number) & 0x7f
  let offset = 2
  if (length === 126) {
    if (bytes.byteLength < 4) return undefined
    length = bytes.readUInt16BE(2)
    offset = 4
  } else if (length === 127) {
    if (bytes.byteLength < 10) return undefined
    length = Number(bytes.readBigUInt64BE(2))
    offset = 10
  }
  if (masked) offset += 4
  if (bytes.byteLength < offset + length) return undefined
  return { raw: bytes.subarray(0, offset + length), payload: bytes.subarray(offset, offset + length) }
}

describe.each(dialects())('the firehose on the wire (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
  })
  afterAll(() => pds?.close())

  it('writes live frames byte for byte as ws frames them, and as a cursor replay gets them', async () => {
    const start = await pds.ctx.sequencer.lastSeq()
    const live = await WireSubscriber.connect(pds.url, start)
    let replay: WireSubscriber | undefined
    try {
      // @NOTE frames of every size class of the WebSocket length field: < 126 bytes (#account),
      // 16-bit (#identity and small #commit) and 64-bit (a commit holding a 70 KB record)
      const alice = await signUp(pds)
      await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: NOTE,
        validate: false,
        record: { $type: NOTE, text: 'small' },
      })
      await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: NOTE,
        validate: false,
        record: { $type: NOTE, text: 'x'.repeat(70_000) },
      })
      const total = (await pds.ctx.sequencer.lastSeq()) - start
      await live.waitFor(() => live.frames.length >= total)
      replay = await WireSubscriber.connect(pds.url, start)
      await replay.waitFor(() => (replay as WireSubscriber).frames.length >= total)

      const decoded = live.frames.map((f) => Frame.fromBytes(new Uint8Array(f.payload)))
      expect(decoded.map((f) => (f.body as { seq: number }).seq)).toEqual(
        Array.from({ length: total }, (_, i) => start + 1 + i),
      )
      expect(decoded.map((f) => (f.isMessage() ? f.header.t : 'error'))).toEqual([
        '#identity',
        '#account',
        '#commit',
        '#commit',
        '#commit',
      ])
      const lengthField = live.frames.map((f) => (f.raw[1] as number) & 0x7f)
      expect(lengthField.some((n) => n < 126)).toBe(true)
      expect(lengthField).toContain(126)
      expect(lengthField).toContain(127)
      for (const frame of live.frames) {
        const framed = Sender.frame(Buffer.from(frame.payload), {
          fin: true,
          opcode: 2,
          mask: false,
          readOnly: false,
          rsv1: false,
        })
        expect(frame.raw.equals(Buffer.concat(framed))).toBe(true)
      }
      // @NOTE the replay's frames come through xrpc-server's ws.send, the live ones from the fan-out
      expect(Buffer.concat(live.frames.map((f) => f.raw)).equals(Buffer.concat(replay.frames.map((f) => f.raw)))).toBe(
        true,
      )
    } finally {
      live.close()
      replay?.close()
    }
  })
})
