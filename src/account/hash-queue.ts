/**
 * A small bounded queue for password hashing. argon2id (and scrypt, for older hashes) runs on
 * libuv's thread pool (4 threads by default), the same pool that serves file and DNS work: a
 * login flood must not occupy all of it. At most `concurrency` hashes run at once, at most `maxQueued` wait, and the next one
 * is refused at once with a 503 instead of piling up.
 *
 * @NOTE the thread pool belongs to the process, so the queue does too (one per process,
 * shared by every context in it); {@link configureHashQueue} sets its bounds at start-up.
 * @module
 */
import { NotEnoughResourcesError } from '#src/errors.js'

/** Bounds of the hashing queue. */
export interface HashQueueOptions {
  /** Hashes run at once (default 2, half of libuv's default pool). */
  concurrency: number
  /** Hashes that may wait for a turn (default 64); past that a request gets 503. */
  maxQueued: number
}

/**
 * Runs async jobs at most `concurrency` at a time, with a bounded FIFO of waiting jobs.
 *
 * @example
 * const queue = new BoundedQueue({ concurrency: 2, maxQueued: 64 })
 * const hash = await queue.run(() => argon2.hash(password, options))
 */
export class BoundedQueue {
  #running = 0
  readonly #waiting: (() => void)[] = []

  constructor(private opts: HashQueueOptions) {}

  /** Changes the bounds (jobs already running or waiting are kept). */
  configure(opts: HashQueueOptions): void {
    this.opts = opts
    this.#next()
  }

  /** How many jobs run and wait now. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length }
  }

  /**
   * Runs `job` when a slot is free.
   * @throws NotEnoughResourcesError (503) when `maxQueued` jobs already wait
   */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#running >= this.opts.concurrency) {
      if (this.#waiting.length >= this.opts.maxQueued) {
        throw new NotEnoughResourcesError('The server is busy checking passwords; try again in a moment')
      }
      await new Promise<void>((resolve) => this.#waiting.push(resolve))
    } else {
      this.#running++
    }
    try {
      return await job()
    } finally {
      this.#running--
      this.#next()
    }
  }

  #next(): void {
    while (this.#running < this.opts.concurrency && this.#waiting.length > 0) {
      this.#running++
      ;(this.#waiting.shift() as () => void)()
    }
  }
}

/** The process's password hashing queue. */
export const hashQueue = new BoundedQueue({ concurrency: 2, maxQueued: 64 })

/** Sets the bounds of {@link hashQueue} (from `PDS_PASSWORD_HASH_CONCURRENCY` and `PDS_PASSWORD_HASH_QUEUE_SIZE`). */
export function configureHashQueue(opts: HashQueueOptions): void {
  hashQueue.configure(opts)
}
