/**
 * Which IP addresses an outbound request may reach: public unicast only. Loopback, private,
 * carrier-grade NAT, link-local, multicast, documentation, benchmarking and other reserved
 * ranges are refused, and so are IPv4 addresses hidden in IPv6 forms (mapped, NAT64, 6to4)
 * when the embedded address is not public.
 *
 * @module
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net'

const FORBIDDEN = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv4')
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(net, prefix, 'ipv6')
}

/**
 * Whether `address` (an IPv4 or IPv6 literal, without brackets) is a public unicast address.
 * Anything that is not an IP literal is not public.
 *
 * @example
 * isPublicAddress('8.8.8.8') // true
 * isPublicAddress('::ffff:127.0.0.1') // false
 */
export function isPublicAddress(address: string): boolean {
  if (isIPv4(address)) return !FORBIDDEN.check(address, 'ipv4')
  if (!isIPv6(address)) return false
  const embedded = embeddedIPv4(address)
  if (embedded !== undefined) return isPublicAddress(embedded)
  return !FORBIDDEN.check(address, 'ipv6')
}

/** The IPv4 address an IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address carries. */
function embeddedIPv4(address: string): string | undefined {
  const groups = expandIPv6(address)
  if (!groups) return undefined
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0)
  if (zeros(0, 5) && groups[5] === 0xffff) return v4(groups[6] as number, groups[7] as number)
  // @NOTE ::a.b.c.d (IPv4-compatible, deprecated) still routes to the IPv4 host on some stacks
  if (zeros(0, 6) && (groups[6] !== 0 || (groups[7] as number) > 1)) return v4(groups[6] as number, groups[7] as number)
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6] as number, groups[7] as number)
  if (groups[0] === 0x2002) return v4(groups[1] as number, groups[2] as number)
  return undefined
}

/** The eight 16-bit groups of an IPv6 literal (a trailing dotted IPv4 part included). */
function expandIPv6(address: string): number[] | undefined {
  let text = address.toLowerCase()
  const zone = text.indexOf('%')
  if (zone >= 0) text = text.slice(0, zone)
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text)
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head, tail] = text.split('::') as [string, string | undefined]
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16)))
  const left = parse(head)
  const right = tail === undefined ? [] : parse(tail)
  const fill = tail === undefined ? 0 : 8 - left.length - right.length
  const groups = [...left, ...new Array<number>(Math.max(fill, 0)).fill(0), ...right]
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined
}
