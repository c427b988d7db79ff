/**
 * Sets of IP addresses and CIDR ranges (IPv4 and IPv6) that really match ranges, and the
 * normal form of a client address.
 *
 * @module
 */
import { BlockList, isIP } from 'node:net'
import { IP_RANGE_NAMES } from '#src/config-limits.js'

const MAPPED_V4 = /^::ffff:(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i

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
  const mapped = MAPPED_V4.exec(address)
  if (mapped && isIP(mapped[1] as string) === 4) return mapped[1]
  const family = isIP(address)
  if (family === 4) return address
  if (family === 6) return address.toLowerCase()
  return undefined
}

/**
 * A set of addresses and ranges, checked with node's `BlockList` (prefix matching, not
 * string equality).
 *
 * @example
 * const set = IpSet.from(['10.0.0.0/8', '2001:db8::/32', 'loopback'])
 * set.has('10.1.2.3') // true
 * set.has('::ffff:10.1.2.3') // true
 */
export class IpSet {
  readonly #list = new BlockList()
  /** How many entries (ranges and addresses) the set was built from. */
  readonly size: number

  private constructor(entries: readonly string[]) {
    let size = 0
    for (const entry of entries) {
      for (const range of IP_RANGE_NAMES[entry] ?? [entry]) {
        const [address = '', prefix] = range.split('/')
        const normal = normalizeIp(address)
        const family = normal === undefined ? 0 : isIP(normal)
        if (normal === undefined || family === 0) throw new Error(`not an IP address or CIDR range: ${range}`)
        const type = family === 4 ? 'ipv4' : 'ipv6'
        // @NOTE a mapped IPv4 range (::ffff:10.0.0.0/104) is kept as its IPv4 range
        const mapped = family === 4 && isIP(address) === 6
        const length =
          prefix === undefined ? (family === 4 ? 32 : 128) : Math.max(0, Number(prefix) - (mapped ? 96 : 0))
        this.#list.addSubnet(normal, length, type)
        size++
      }
    }
    this.size = size
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
    return this.#list.check(normal, isIP(normal) === 4 ? 'ipv4' : 'ipv6')
  }
}
