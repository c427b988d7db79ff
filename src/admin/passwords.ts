/**
 * Passwords the admin hands out (a reset from the CLI or the dashboard).
 *
 * @module
 */
import { randomBytes } from 'node:crypto'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/**
 * A password an operator can read out: four groups of four characters from 32 unambiguous
 * ones (80 bits).
 *
 * @example
 * generatePassword() // 'k7qp-3mzt-a9wd-xe2h'
 */
export function generatePassword(): string {
  const chars = Array.from(randomBytes(16), (b) => ALPHABET[b & 31])
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-')
}
