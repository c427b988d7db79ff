/**
 * Sets of IP addresses and CIDR ranges (IPv4 and IPv6) that really match ranges, and the
 * normal form of a client address.
 *
 * @module
 */
import { isIP } from 'node:net'
import { IP_RANGE_NAMES } from '#src/config-limits.js'

const MAPPED_PREFIX = '::ffff:'

/**
 * An address in the form limits compare and key on: an IPv4 address mapped into IPv6
 * (`::ffff:203.0.113.7`, as a dual-stack socket reports it) becomes plain IPv4, and IPv6
 * is lower-cased. Anything that is not an IP address gives undefined.
 *
 * @example
 * normalizeIp('::ffff:203.0.113.7') // '203.0.113.7'
 */
export function normalizeIp(address: string | undefined): string | undefined {
  if (address === undefined) return undefined
  const family = isIP(address)
  if (family === 4) return address
  if (family !== 6) return undefined
  const lower = address.toLowerCase()
  if (lower.startsWith(MAPPED_PREFIX)) {
    const v4 = lower.slice(MAPPED_PREFIX.length)
    if (isIP(v4) === 4) return v4
  }
  return lower
}

/** An address as 32-bit words: one for IPv4, four for IPv6. */
type Words = readonly number[]

interface Range {
  readonly words: Words
  readonly prefix: number
}

/**
 * A set of addresses and ranges, matched by prefix (not by string equality). Checking is a
 * few integer comparisons per range: it runs on every request.
 *
 * @example
 * const set = IpSet.from(['10.0.0.0/8', '2001:db8::/32', 'loopback'])
 * set.has('10.1.2.3') // true
 * set.has('::ffff:10.1.2.3') // true
 */
export class IpSet {
  readonly #v4: Range[] = []
  readonly #v6: Range[] = []
  /** How many ranges and addresses the set holds. */
  readonly size: number

  private constructor(entries: readonly string[]) {
    for (const entry of entries) {
      for (const range of IP_RANGE_NAMES[entry] ?? [entry]) {
        const [address = '', prefix] = range.split('/')
        const normal = normalizeIp(address)
        if (normal === undefined) throw new Error(`not an IP address or CIDR range: ${range}`)
        const words = toWords(normal)
        const bits = words.length * 32
        // @NOTE a mapped IPv4 range (::ffff:10.0.0.0/104) is kept as its IPv4 range (10.0.0.0/8)
        const mapped = words.length === 1 && isIP(address) === 6
        const length = prefix === undefined ? bits : Math.max(0, Number(prefix) - (mapped ? 96 : 0))
        if (!(length >= 0 && length <= bits)) throw new Error(`not a CIDR range: ${range}`)
        ;(words.length === 1 ? this.#v4 : this.#v6).push({ words, prefix: length })
      }
    }
    this.size = this.#v4.length + this.#v6.length
  }

  /** Builds a set from IPs, CIDR ranges and the names `loopback`, `linklocal`, `uniquelocal`. */
  static from(entries: readonly string[]): IpSet {
    return new IpSet(entries)
  }

  /** Whether `address` (any form; see {@link normalizeIp}) is in the set. */
  has(address: string | undefined): boolean {
    if (this.size === 0) return false
    const normal = normalizeIp(address)
    if (normal === undefined) return false
    const words = toWords(normal)
    for (const range of words.length === 1 ? this.#v4 : this.#v6) {
      if (inRange(words, range)) return true
    }
    return false
  }
}

function inRange(words: Words, { words: base, prefix }: Range): boolean {
  for (let i = 0; i < base.length; i++) {
    const bits = Math.min(32, prefix - 32 * i)
    if (bits <= 0) return true
    const mask = bits === 32 ? 0xffffffff : ~(0xffffffff >>> bits)
    if (((words[i] as number) & mask) !== ((base[i] as number) & mask)) return false
  }
  return true
}

/** A valid, normalised address as words (see {@link normalizeIp}). */
function toWords(address: string): Words {
  if (!address.includes(':')) return [v4Word(address)]
  let text = address
  const zone = text.indexOf('%')
  if (zone >= 0) text = text.slice(0, zone)
  // @NOTE an IPv4 tail (64:ff9b::192.0.2.1) is two groups
  const lastColon = text.lastIndexOf(':')
  if (text.includes('.', lastColon)) {
    const v4 = v4Word(text.slice(lastColon + 1))
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`
  }
  // @NOTE by hand, like v4Word: groups before and after '::' (where the zero groups go)
  const groups: number[] = []
  let gap = -1
  let group = 0
  let digits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 58) {
      if (digits > 0) groups.push(group)
      else if (i > 0) gap = groups.length
      group = 0
      digits = 0
    } else {
      group = group * 16 + (code <= 57 ? code - 48 : code - 87)
      digits++
    }
  }
  if (digits > 0) groups.push(group)
  if (gap >= 0) groups.splice(gap, 0, ...new Array<number>(8 - groups.length).fill(0))
  const words: number[] = []
  for (let k = 0; k < 8; k += 2) words.push((((groups[k] ?? 0) << 16) | (groups[k + 1] ?? 0)) >>> 0)
  return words
}

function v4Word(address: string): number {
  // @NOTE by hand: split and map cost more than the rest of a check
  let word = 0
  let octet = 0
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i)
    if (code === 46) {
      word = (word << 8) | octet
      octet = 0
    } else {
      octet = octet * 10 + (code - 48)
    }
  }
  return ((word << 8) | octet) >>> 0
}
