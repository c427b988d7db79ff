/**
 * Caps on open WebSocket subscriptions, in total and per client IP, and the socket of each
 * admitted subscription (the firehose reads its `bufferedAmount` and cuts it when too slow).
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { ResponseType, XRPCError } from '#src/errors.js'

/** What the firehose needs of a subscriber's WebSocket (`ws`). */
export interface SubscriberSocket {
  /** Bytes queued in this process and not yet handed to the kernel. */
  readonly bufferedAmount: number
  /** 1 while open (the WebSocket `OPEN` state). */
  readonly readyState: number
  /** The negotiated extensions (`''` for none). */
  readonly extensions: string
  send(data: Uint8Array, opts: { binary: boolean }): void
  close(code: number, reason: string): void
  terminate(): void
}

/**
 * @example
 * const release = gate.admit(req, ip) // throws 429 RateLimitExceeded over a cap
 * socket.once('close', release)
 * gate.attach(req, ws)
 */
export class SubscriptionGate {
  readonly #max: number
  readonly #maxPerIp: number
  readonly #perIp = new Map<string, number>()
  readonly #sockets = new WeakMap<IncomingMessage, SubscriberSocket>()
  #total = 0

  constructor(opts: { max: number; maxPerIp: number }) {
    this.#max = opts.max
    this.#maxPerIp = opts.maxPerIp
  }

  /** Open subscriptions now. */
  get total(): number {
    return this.#total
  }

  /**
   * Counts a new subscription from `ip`, or throws 429 RateLimitExceeded when a cap is
   * reached. Returns the function that releases it (safe to call twice).
   */
  admit(ip: string): () => void {
    const fromIp = this.#perIp.get(ip) ?? 0
    if (fromIp >= this.#maxPerIp) {
      throw new XRPCError(
        ResponseType.RateLimitExceeded,
        `Too many subscriptions from your IP address (at most ${this.#maxPerIp} at once)`,
        'RateLimitExceeded',
      )
    }
    if (this.#total >= this.#max) {
      throw new XRPCError(
        ResponseType.RateLimitExceeded,
        `This server has its most subscribers (${this.#max}); try again later`,
        'RateLimitExceeded',
      )
    }
    this.#perIp.set(ip, fromIp + 1)
    this.#total++
    let released = false
    return () => {
      if (released) return
      released = true
      this.#total--
      const left = (this.#perIp.get(ip) ?? 1) - 1
      if (left > 0) this.#perIp.set(ip, left)
      else this.#perIp.delete(ip)
    }
  }

  /** Remembers the WebSocket of an admitted upgrade request. */
  attach(req: IncomingMessage, socket: SubscriberSocket): void {
    this.#sockets.set(req, socket)
  }

  /** The WebSocket the upgrade request `req` became, if it was admitted here. */
  socketOf(req: IncomingMessage): SubscriberSocket | undefined {
    return this.#sockets.get(req)
  }
}
