/**
 * The client address of a request, believing `X-Forwarded-For` only from trusted proxies.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { IpSet, normalizeIp } from './ip-set.js'

/** What {@link ClientIps.of} answers when the socket has no usable address (it was closed). */
export const UNKNOWN_IP = 'unknown'

/**
 * Resolves client IPs. The socket's peer is the client unless it is a trusted proxy; then
 * `X-Forwarded-For` is read from the right (the hop that proxy saw), and each hop is
 * believed only while the one before it is trusted too, so a client cannot choose its
 * address by sending the header itself.
 *
 * @example
 * const ips = new ClientIps(['10.0.0.0/8'])
 * ips.of(req) // '203.0.113.7' for a request through 10.0.0.2 with X-Forwarded-For: 203.0.113.7
 */
export class ClientIps {
  readonly #trusted: IpSet
  readonly #cache = new WeakMap<IncomingMessage, string>()

  /** @param trustProxy IPs, CIDR ranges or names (`loopback`, `linklocal`, `uniquelocal`) of proxies to believe */
  constructor(trustProxy: readonly string[]) {
    this.#trusted = IpSet.from(trustProxy)
  }

  /** Whether `address` is a trusted proxy (also usable as express's `trust proxy` function). */
  readonly trusts = (address: string | undefined): boolean => this.#trusted.has(address)

  /** The client's address, normalised (see `normalizeIp`); computed once per request. */
  of(req: IncomingMessage): string {
    let ip = this.#cache.get(req)
    if (ip === undefined) {
      ip = this.#resolve(req)
      this.#cache.set(req, ip)
    }
    return ip
  }

  #resolve(req: IncomingMessage): string {
    let ip = normalizeIp(req.socket.remoteAddress)
    if (ip === undefined) return UNKNOWN_IP
    if (!this.#trusted.has(ip)) return ip
    const header = req.headers['x-forwarded-for']
    if (header === undefined) return ip
    const hops = (Array.isArray(header) ? header.join(',') : header).split(',')
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalizeIp(stripPort((hops[i] as string).trim()))
      // @NOTE a malformed hop ends what can be believed: the last good address is the client
      if (hop === undefined) break
      ip = hop
      if (!this.#trusted.has(hop)) break
    }
    return ip
  }
}

/** `[2001:db8::1]:443` -> `2001:db8::1`, `203.0.113.7:443` -> `203.0.113.7`; anything else as is. */
function stripPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop)
  if (bracketed) return bracketed[1] as string
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop)
  return v4 ? (v4[1] as string) : hop
}
