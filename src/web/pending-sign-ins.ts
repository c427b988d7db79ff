/**
 * Sign-ins on /account waiting for the mailed code: the browser (device cookie) gave the
 * right password for an account with the email factor on. Held in this process only, short
 * and bounded; the OAuth pages keep theirs on the request row instead.
 *
 * @module
 */

/** How long the code step may follow the password step. */
export const PENDING_SIGN_IN_TTL_MS = 10 * 60_000
const MAX_PENDING = 10_000

/** @example const did = pendingSignIns.get(device) */
export class PendingSignIns {
  private readonly byDevice = new Map<string, { did: string; expiresAt: number }>()

  constructor(private readonly ttlMs = PENDING_SIGN_IN_TTL_MS) {}

  /** Records that `device` gave the password of `did` (replacing what it gave before). */
  set(device: string, did: string, now = Date.now()): void {
    this.byDevice.delete(device)
    // @NOTE bounded: the oldest pending sign-in goes first (that person signs in again)
    if (this.byDevice.size >= MAX_PENDING) {
      const oldest = this.byDevice.keys().next().value
      if (oldest !== undefined) this.byDevice.delete(oldest)
    }
    this.byDevice.set(device, { did, expiresAt: now + this.ttlMs })
  }

  /** The account `device` is signing in to, while not expired. */
  get(device: string, now = Date.now()): string | undefined {
    const entry = this.byDevice.get(device)
    if (entry && entry.expiresAt <= now) this.byDevice.delete(device)
    return entry && entry.expiresAt > now ? entry.did : undefined
  }

  delete(device: string): void {
    this.byDevice.delete(device)
  }
}
