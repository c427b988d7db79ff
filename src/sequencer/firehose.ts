/**
 * The firehose fan-out: one reader of the event log per process, a bounded window of recent
 * frames (encoded once) shared by every live subscriber, cursor replay from the database,
 * and the cut-off of consumers that fall a bounded number of bytes behind.
 *
 * @see https://atproto.com/specs/event-stream
 * @module
 */
import { InvalidRequestError } from '#src/errors.js'
import type { Logger } from '#src/logger.js'
import { EncodedFrame, outdatedCursorFrame } from './frames.js'
import type { LogWakeups } from './log-listener.js'
import type { SeqEvent, Sequencer } from './sequencer.js'

/** Options of {@link Firehose}; the defaults suit a production PDS. */
export interface FirehoseOptions {
  /** How often the log is read while anyone subscribes, for events other processes wrote (default 200 ms). */
  pollIntervalMs?: number
  /** Most frames kept in the shared window (default 10,000). */
  windowFrames?: number
  /** Most bytes of frames kept in the shared window (default 64 MiB). */
  windowBytes?: number
  /**
   * A live subscriber with more than this many bytes waiting for it when new events arrive
   * (frames read before them that it has not taken, plus its socket's send buffer) is cut
   * with ConsumerTooSlow (default 8 MiB).
   */
  maxLagBytes?: number
  /** Events per database read (default 500). */
  pageSize?: number
  /**
   * How long a consumer that was cut may take to read what was queued for it (and the
   * ConsumerTooSlow frame) before its socket is destroyed (default 10 s).
   */
  slowConsumerGraceMs?: number
  /**
   * Wakes the fan-out when another process appends (PostgreSQL's LISTEN/NOTIFY), listened to
   * from the first subscriber on; the poll stays the fallback.
   */
  wakeups?: LogWakeups
}

/** A subscriber's connection, as the fan-out sees it. */
export interface FirehoseConsumer {
  /** Bytes already handed to its connection that are still queued in this process. */
  readonly bufferedAmount: number
  /** Sends ConsumerTooSlow and closes the connection (called at most once). */
  cut(): void
  /** Destroys the connection (a cut consumer that did not read its way out in time). */
  terminate(): void
  /**
   * Takes `frame` at once, outside the subscription's frames (sent, or withheld from this
   * consumer), or returns false when it cannot now; the frame then comes through `subscribe`.
   * Only called while the subscription waits for new frames, so what it sends stays in order.
   */
  sendNow?(frame: EncodedFrame): boolean
  /** Holds back what `sendNow` writes until {@link uncork}, to hand several frames to the kernel at once. */
  cork?(): void
  /** Writes what was held back since {@link cork}. */
  uncork?(): void
}

// @NOTE below this much in its send buffer an idle subscriber is sent new frames straight from the
// fan-out, in one loop over the subscribers; above it, it pulls them one at a time as its socket drains
const DIRECT_SEND_BYTES = 1024 * 1024

/** A live subscriber, as the window sees it. */
interface LiveSubscriber {
  /** The seq it will be sent next. */
  next: number
  /** The window's byte count (see `#pushed`) up to and including the last frame it was given. */
  position: number
  /** Set once it was cut. */
  cut: boolean
  /** Set once it took a frame from the window (it is in `#live` from then on). */
  live: boolean
  /** Set once its subscription's signal aborted. */
  aborted: boolean
  /** Destroys a cut subscriber's socket when it does not close in time. */
  timer?: NodeJS.Timeout
  /** Ends its wait for new frames (set while it waits). */
  wake?: () => void
  readonly consumer: FirehoseConsumer
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
  readonly #maxLagBytes: number
  readonly #pageSize: number
  readonly #graceMs: number
  readonly #wakeups: LogWakeups | undefined

  // @NOTE the window: seqs[i] is the seq of frames[i], ascending; entries before `start` are dropped
  #seqs: number[] = []
  // @NOTE an evicted slot is emptied at once: kept until the arrays are compacted, 1,024 big frames would stay in memory
  #frames: (EncodedFrame | undefined)[] = []
  /** ends[i]: the value of `#pushed` once frames[i] was pushed */
  #ends: number[] = []
  /** Bytes of every frame pushed since the window (re)started. */
  #pushed = 0
  #start = 0
  #bytes = 0
  /** The last seq read from the log; -1 while nobody subscribes. */
  #head = -1
  /** Events this process committed that cannot go out yet: one before them is still missing. */
  #pending = new Map<number, SeqEvent>()
  #starting: Promise<void> | undefined
  #generation = 0
  #subscribers = 0
  readonly #live = new Set<LiveSubscriber>()
  /** The subscribers waiting for new frames. */
  #waiting = new Set<LiveSubscriber>()
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
    this.#maxLagBytes = opts.maxLagBytes ?? 8 * 1024 * 1024
    this.#pageSize = opts.pageSize ?? 500
    this.#graceMs = opts.slowConsumerGraceMs ?? 10_000
    this.#wakeups = opts.wakeups
  }

  /** Reads new events now (call after a transaction that appended events has committed). */
  wake(): void {
    if (this.#head >= 0) void this.#poll()
  }

  /**
   * Sends events this process appended, once their transaction has committed, without
   * reading them back from the log: at once when every event before them was sent, else
   * after the log is read for the missing ones (another process's, or a transaction of ours
   * that committed just before and has not published yet).
   * @NOTE the seq counter stays locked until the transaction that took a seq ends, so when
   * seq n has committed, every seq before it has too: n = head + 1 is safe to send
   */
  publish(events: readonly SeqEvent[]): void {
    if (this.#head < 0 || this.#closed) return
    for (const event of events) if (event.seq > this.#head) this.#pending.set(event.seq, event)
    this.#sendPending()
    if (this.#pending.size === 0) return
    // @NOTE a gap the log will fill; what is still pending then is in the log too, so the map stays small
    if (this.#pending.size > this.#pageSize) this.#pending.clear()
    void this.#poll()
  }

  /**
   * The frames for one subscriber: with `cursor`, every event after it (an `#info`
   * OutdatedCursor first when events after it were pruned), then the live tail; without,
   * the live tail only. Throws FutureCursor for a cursor past the last event. A live
   * subscriber that falls more than `maxLagBytes` behind (or out of the window) is cut
   * through `consumer` at once, pulling or not (a stuck socket never pulls), and its
   * frames end.
   */
  async *subscribe(
    cursor: number | undefined,
    signal: AbortSignal,
    consumer: FirehoseConsumer,
  ): AsyncGenerator<EncodedFrame> {
    this.#subscriberJoined()
    const sub: LiveSubscriber = { next: 0, position: 0, cut: false, live: false, aborted: signal.aborted, consumer }
    // @NOTE one abort listener for the whole subscription, not one per frame waited for
    const onAbort = () => {
      sub.aborted = true
      sub.wake?.()
    }
    signal.addEventListener('abort', onAbort, { once: true })
    try {
      await this.#started()
      sub.next = this.#head + 1
      if (cursor !== undefined) {
        const last = await this.#seq.lastSeq()
        if (cursor > last) throw new InvalidRequestError('Cursor in the future.', 'FutureCursor')
        const oldest = (await this.#seq.oldestSeq()) ?? last + 1
        sub.next = cursor + 1
        if (oldest > sub.next) {
          yield outdatedCursorFrame()
          sub.next = oldest
        }
      }
      // @NOTE `sub.next` is the one cursor: the fan-out advances it too, while this waits
      while (!sub.aborted && !this.#closed && !sub.cut) {
        if (sub.next > this.#head) {
          await this.#changed(sub)
          continue
        }
        const at = this.#indexOf(sub.next)
        if (at >= 0) {
          yield this.#take(sub, at)
          continue
        }
        if (sub.live) throw new InvalidRequestError('Stream consumer too slow', 'ConsumerTooSlow')
        const page = await this.#seq.eventsAfter(sub.next - 1, this.#pageSize)
        // @NOTE an empty page means the rest was pruned meanwhile: carry on from the head
        if (page.length === 0) sub.next = this.#head + 1
        for (const event of page) {
          yield toFrame(event)
          sub.next = event.seq + 1
          if (sub.aborted) return
        }
      }
    } finally {
      signal.removeEventListener('abort', onAbort)
      clearTimeout(sub.timer)
      this.#live.delete(sub)
      this.#subscriberLeft()
    }
  }

  /** Stops polling and listening, and ends every subscription. */
  close(): Promise<void> {
    this.#closed = true
    clearInterval(this.#timer)
    this.#notify()
    return this.#wakeups?.close() ?? Promise.resolve()
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
    this.#pending.clear()
    this.#starting = undefined
    this.#seqs = []
    this.#frames = []
    this.#ends = []
    this.#pushed = 0
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
      this.#wakeups?.listen(() => this.wake())
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
        if (events.length > 0) this.#cutLagging()
        for (const event of events) this.#push(event)
        if (events.length > 0) this.#notify()
        this.#sendPending()
        // @NOTE full by rows or by bytes: more may be waiting
        if (full) this.#pollAgain = true
      } while (this.#pollAgain)
    } catch (err) {
      this.#logger.error({ err }, 'firehose: reading the event log failed')
    } finally {
      this.#polling = false
    }
  }

  /** Pushes the pending events that follow the head, and drops those it has passed. */
  #sendPending(): void {
    if (this.#pending.size === 0) return
    let event = this.#pending.get(this.#head + 1)
    if (event) {
      this.#cutLagging()
      while (event) {
        this.#push(event)
        event = this.#pending.get(this.#head + 1)
      }
      this.#notify()
    }
    for (const seq of this.#pending.keys()) if (seq <= this.#head) this.#pending.delete(seq)
  }

  #push(event: SeqEvent): void {
    if (event.seq <= this.#head) return
    const frame = toFrame(event)
    this.#seqs.push(event.seq)
    this.#frames.push(frame)
    this.#bytes += frame.bytes.byteLength
    this.#pushed += frame.bytes.byteLength
    this.#ends.push(this.#pushed)
    this.#head = event.seq
    // @NOTE frames every live subscriber has taken are dropped: a replaying one reads the log instead
    let needed = event.seq
    for (const sub of this.#live) if (sub.next < needed) needed = sub.next
    let evicted = false
    while (
      this.#frames.length - this.#start > 1 &&
      (this.#frames.length - this.#start > this.#windowFrames ||
        this.#bytes > this.#windowBytes ||
        (this.#seqs[this.#start] as number) < needed)
    ) {
      this.#bytes -= (this.#frames[this.#start] as EncodedFrame).bytes.byteLength
      this.#frames[this.#start] = undefined
      this.#start++
      evicted = true
    }
    if (!evicted) return
    if (this.#start > 1024 && this.#start * 2 > this.#frames.length) {
      this.#seqs = this.#seqs.slice(this.#start)
      this.#frames = this.#frames.slice(this.#start)
      this.#ends = this.#ends.slice(this.#start)
      this.#start = 0
    }
    const oldest = this.#seqs[this.#start] as number
    for (const sub of this.#live) if (sub.next < oldest) this.#cut(sub)
  }

  /**
   * Cuts every live subscriber with more than `maxLagBytes` waiting for it, counting only
   * frames read before the events about to be pushed: a burst read at once is no reader's fault.
   */
  #cutLagging(): void {
    for (const sub of this.#live) {
      // @NOTE one that took every frame is caught up, whatever one big frame leaves in its buffer
      const waiting = this.#pushed - sub.position
      if (waiting > 0 && waiting + sub.consumer.bufferedAmount > this.#maxLagBytes) this.#cut(sub)
    }
  }

  /** Cuts a live subscriber: ConsumerTooSlow now, its socket destroyed after the grace period. */
  #cut(sub: LiveSubscriber): void {
    if (sub.cut) return
    sub.cut = true
    this.#live.delete(sub)
    sub.consumer.cut()
    sub.timer = setTimeout(() => sub.consumer.terminate(), this.#graceMs)
    sub.timer.unref()
    this.#logger.info({ behind: this.#pushed - sub.position }, 'firehose: cut a subscriber too far behind')
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

  /** The window's frame at `at` for `sub`, which becomes live if it was not. */
  #take(sub: LiveSubscriber, at: number): EncodedFrame {
    if (!sub.live) {
      sub.live = true
      this.#live.add(sub)
    }
    sub.next = (this.#seqs[at] as number) + 1
    sub.position = this.#ends[at] as number
    return this.#frames[at] as EncodedFrame
  }

  /** Resolves when `sub` has frames to pull (see {@link #notify}), or its signal aborts. */
  #changed(sub: LiveSubscriber): Promise<void> {
    return new Promise((resolve) => {
      sub.wake = () => {
        this.#waiting.delete(sub)
        sub.wake = undefined
        resolve()
      }
      this.#waiting.add(sub)
    })
  }

  /**
   * New frames for the waiting subscribers: each is sent them at once when its consumer can
   * take them now, and keeps waiting; the others are woken to pull them.
   */
  #notify(): void {
    for (const sub of [...this.#waiting]) if (!this.#sendNow(sub)) sub.wake?.()
  }

  /** Sends `sub` every frame it lacks through its consumer's `sendNow`; false when some are left to pull. */
  #sendNow(sub: LiveSubscriber): boolean {
    const consumer = sub.consumer
    if (!consumer.sendNow || sub.cut || sub.aborted || this.#closed) return false
    // @NOTE several new frames (a burst, a page read from the log) go out in one write
    const several = sub.next < this.#head
    if (several) consumer.cork?.()
    try {
      while (sub.next <= this.#head) {
        const at = this.#indexOf(sub.next)
        if (at < 0 || consumer.bufferedAmount > DIRECT_SEND_BYTES) return false
        if (!consumer.sendNow(this.#frames[at] as EncodedFrame)) return false
        this.#take(sub, at)
      }
      return true
    } finally {
      if (several) consumer.uncork?.()
    }
  }
}

function toFrame(event: SeqEvent): EncodedFrame {
  return new EncodedFrame(event.type, event.event, event.did)
}
