/**
 * The firehose fan-out: one reader of the event log per process, a bounded window of recent
 * frames (encoded once) shared by every live subscriber, cursor replay from the database,
 * and the cut-off of consumers that fall out of the window.
 *
 * @see https://atproto.com/specs/event-stream
 * @module
 */
import { InvalidRequestError } from '#src/errors.js'
import type { Logger } from '#src/logger.js'
import { EncodedFrame, outdatedCursorFrame } from './frames.js'
import type { SeqEvent, Sequencer } from './sequencer.js'

/** Options of {@link Firehose}; the defaults suit a production PDS. */
export interface FirehoseOptions {
  /** How often the log is read while anyone subscribes, for events other processes wrote (default 200 ms). */
  pollIntervalMs?: number
  /** Most frames kept in the shared window (default 10,000). */
  windowFrames?: number
  /** Most bytes of frames kept in the shared window (default 64 MiB). */
  windowBytes?: number
  /** Events per database read (default 500). */
  pageSize?: number
  /**
   * How long a consumer that fell out of the window while its socket was not draining may
   * stay connected before its socket is destroyed (default 10 s).
   */
  slowConsumerGraceMs?: number
}

/** A live subscriber, as the window sees it. */
interface LiveSubscriber {
  /** The seq it will be sent next. */
  next: number
  /** Called once when it falls out of the window. */
  cut(): void
}

/**
 * @example
 * const firehose = new Firehose(sequencer, logger)
 * for await (const frame of firehose.subscribe(cursor, signal, () => socket.destroy())) send(frame.toBytes())
 */
export class Firehose {
  readonly #seq: Sequencer
  readonly #logger: Logger
  readonly #pollIntervalMs: number
  readonly #windowFrames: number
  readonly #windowBytes: number
  readonly #pageSize: number
  readonly #graceMs: number

  // @NOTE the window: seqs[i] is the seq of frames[i], ascending; entries before `start` are dropped
  #seqs: number[] = []
  #frames: EncodedFrame[] = []
  #start = 0
  #bytes = 0
  /** The last seq read from the log; -1 while nobody subscribes. */
  #head = -1
  #starting: Promise<void> | undefined
  #generation = 0
  #subscribers = 0
  readonly #live = new Set<LiveSubscriber>()
  readonly #listeners = new Set<() => void>()
  #timer: NodeJS.Timeout | undefined
  #polling = false
  #pollAgain = false
  #closed = false

  constructor(sequencer: Sequencer, logger: Logger, opts: FirehoseOptions = {}) {
    this.#seq = sequencer
    this.#logger = logger
    this.#pollIntervalMs = opts.pollIntervalMs ?? 200
    this.#windowFrames = opts.windowFrames ?? 10_000
    this.#windowBytes = opts.windowBytes ?? 64 * 1024 * 1024
    this.#pageSize = opts.pageSize ?? 500
    this.#graceMs = opts.slowConsumerGraceMs ?? 10_000
  }

  /** Reads new events now (call after a transaction that appended events has committed). */
  wake(): void {
    if (this.#head >= 0) void this.#poll()
  }

  /**
   * The frames for one subscriber: with `cursor`, every event after it (an `#info`
   * OutdatedCursor first when events after it were pruned), then the live tail; without,
   * the live tail only. Throws FutureCursor for a cursor past the last event, and
   * ConsumerTooSlow once the subscriber falls out of the shared window. `onCut` is called
   * when it falls out while not pulling (its socket is stuck), to close the connection.
   */
  async *subscribe(cursor: number | undefined, signal: AbortSignal, onCut: () => void): AsyncGenerator<EncodedFrame> {
    this.#subscriberJoined()
    let timer: NodeJS.Timeout | undefined
    const sub: LiveSubscriber = {
      next: 0,
      cut: () => {
        timer ??= setTimeout(onCut, this.#graceMs)
      },
    }
    try {
      await this.#started()
      let next = this.#head + 1
      if (cursor !== undefined) {
        const last = await this.#seq.lastSeq()
        if (cursor > last) throw new InvalidRequestError('Cursor in the future.', 'FutureCursor')
        const oldest = (await this.#seq.oldestSeq()) ?? last + 1
        next = cursor + 1
        if (oldest > next) {
          yield outdatedCursorFrame()
          next = oldest
        }
      }
      let live = false
      while (!signal.aborted && !this.#closed) {
        if (next > this.#head) {
          await this.#changed(signal)
          continue
        }
        const at = this.#indexOf(next)
        if (at >= 0) {
          if (!live) {
            live = true
            this.#live.add(sub)
          }
          next = (this.#seqs[at] as number) + 1
          sub.next = next
          yield this.#frames[at] as EncodedFrame
          continue
        }
        if (live) throw new InvalidRequestError('Stream consumer too slow', 'ConsumerTooSlow')
        const page = await this.#seq.eventsAfter(next - 1, this.#pageSize)
        // @NOTE an empty page means the rest was pruned meanwhile: carry on from the head
        if (page.length === 0) next = this.#head + 1
        for (const event of page) {
          yield toFrame(event)
          next = event.seq + 1
          if (signal.aborted) return
        }
      }
    } finally {
      clearTimeout(timer)
      this.#live.delete(sub)
      this.#subscriberLeft()
    }
  }

  /** Stops polling and ends every subscription. */
  close(): void {
    this.#closed = true
    clearInterval(this.#timer)
    this.#notify()
  }

  #subscriberJoined(): void {
    this.#subscribers++
  }

  #subscriberLeft(): void {
    this.#subscribers--
    if (this.#subscribers > 0) return
    // @NOTE nobody listens: stop reading the log and free the window; the next subscriber starts afresh
    clearInterval(this.#timer)
    this.#timer = undefined
    this.#generation++
    this.#head = -1
    this.#starting = undefined
    this.#seqs = []
    this.#frames = []
    this.#start = 0
    this.#bytes = 0
  }

  #started(): Promise<void> {
    this.#starting ??= (async () => {
      const generation = this.#generation
      const last = await this.#seq.lastSeq()
      if (generation !== this.#generation || this.#closed) return
      this.#head = last
      this.#timer = setInterval(() => void this.#poll(), this.#pollIntervalMs)
      this.#timer.unref()
    })()
    const starting = this.#starting
    return starting.catch((err: unknown) => {
      if (this.#starting === starting) this.#starting = undefined
      throw err
    })
  }

  async #poll(): Promise<void> {
    if (this.#polling) {
      this.#pollAgain = true
      return
    }
    this.#polling = true
    try {
      do {
        this.#pollAgain = false
        const generation = this.#generation
        if (this.#head < 0 || this.#closed) return
        const { events, full } = await this.#seq.eventsPage(this.#head, this.#pageSize)
        if (generation !== this.#generation) return
        for (const event of events) this.#push(event)
        if (events.length > 0) this.#notify()
        // @NOTE full by rows or by bytes: more may be waiting
        if (full) this.#pollAgain = true
      } while (this.#pollAgain)
    } catch (err) {
      this.#logger.error({ err }, 'firehose: reading the event log failed')
    } finally {
      this.#polling = false
    }
  }

  #push(event: SeqEvent): void {
    if (event.seq <= this.#head) return
    const frame = toFrame(event)
    this.#seqs.push(event.seq)
    this.#frames.push(frame)
    this.#bytes += frame.bytes.byteLength
    this.#head = event.seq
    let evicted = false
    while (
      this.#frames.length - this.#start > 1 &&
      (this.#frames.length - this.#start > this.#windowFrames || this.#bytes > this.#windowBytes)
    ) {
      this.#bytes -= (this.#frames[this.#start] as EncodedFrame).bytes.byteLength
      this.#start++
      evicted = true
    }
    if (!evicted) return
    if (this.#start > 1024 && this.#start * 2 > this.#frames.length) {
      this.#seqs = this.#seqs.slice(this.#start)
      this.#frames = this.#frames.slice(this.#start)
      this.#start = 0
    }
    const oldest = this.#seqs[this.#start] as number
    for (const sub of this.#live) if (sub.next < oldest) sub.cut()
  }

  /** The window index of the first frame with seq >= `seq`, or -1 when `seq` is older than the window. */
  #indexOf(seq: number): number {
    const oldest = this.#seqs[this.#start]
    if (oldest === undefined || seq < oldest) return -1
    let lo = this.#start
    let hi = this.#seqs.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.#seqs[mid] as number) < seq) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  #changed(signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.#listeners.delete(done)
        signal.removeEventListener('abort', done)
        resolve()
      }
      this.#listeners.add(done)
      signal.addEventListener('abort', done, { once: true })
    })
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener()
  }
}

function toFrame(event: SeqEvent): EncodedFrame {
  return new EncodedFrame(event.type, event.event, event.did)
}
