import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** A fresh unguessable value with a readable prefix (`ref-`, `cod-`, `req-`...). */
export function randomToken(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`
}

/** SHA-256 hex digest: what the database keeps instead of codes and refresh tokens. */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

/** Constant-time string comparison (lengths are compared through digests). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest())
}
