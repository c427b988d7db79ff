/**
 * Resolution of handles that are not hosted here: DNS TXT `_atproto.<handle>` and
 * `https://<handle>/.well-known/atproto-did`, both tried at once, each bounded in time and
 * size, the answer cached for a while.
 *
 * @see https://atproto.com/specs/handle#handle-resolution
 * @module
 */
import dns from 'node:dns/promises'
import { isDid } from '#generated/runtime/index.js'
import type { SafeFetcher } from '#src/net/safe-fetch.js'

const DNS_PREFIX = 'did='
/** A well-known answer is one DID: far below this. */
const WELL_KNOWN_MAX_BYTES = 2048

/** Options of a {@link HandleResolver}. */
export interface HandleResolverOptions {
  /** The SSRF-safe fetch the HTTPS method goes through. */
  outbound: SafeFetcher
  /** DNS servers (`ip` or `ip:port`) to ask instead of the system's. */
  dnsServers?: readonly string[]
  /** Per method (default 3 s). */
  timeoutMs?: number
  /** How long an answer (or the lack of one) is kept (default 5 minutes). */
  ttlMs?: number
  /** Most handles kept (default 10,000). */
  maxEntries?: number
}

/**
 * @example
 * const handles = new HandleResolver({ outbound: ctx.outbound })
 * await handles.resolve('alice.example.com') // 'did:plc:...' or null
 */
export class HandleResolver {
  private readonly cache = new Map<string, { did: string | null; expiresAt: number }>()
  private readonly dns: dns.Resolver

  constructor(private readonly opts: HandleResolverOptions) {
    this.dns = new dns.Resolver({ timeout: opts.timeoutMs ?? 3_000, tries: 2 })
    if (opts.dnsServers?.length) this.dns.setServers([...opts.dnsServers])
  }

  /**
   * The DID `handle` (normalised, lower case) names, or null when neither method names
   * exactly one valid DID. DNS wins when both answer.
   */
  async resolve(handle: string, opts: { fresh?: boolean } = {}): Promise<string | null> {
    const hit = this.cache.get(handle)
    if (hit && !opts.fresh && hit.expiresAt > Date.now()) return hit.did
    const [byDns, byHttps] = await Promise.all([this.resolveDns(handle), this.resolveHttps(handle)])
    const did = byDns ?? byHttps
    this.remember(handle, did)
    return did
  }

  /** Forgets what is cached about `handle`. */
  forget(handle: string): void {
    this.cache.delete(handle)
  }

  private remember(handle: string, did: string | null): void {
    const max = this.opts.maxEntries ?? 10_000
    this.cache.delete(handle)
    if (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value
      if (oldest !== undefined) this.cache.delete(oldest)
    }
    this.cache.set(handle, { did, expiresAt: Date.now() + (this.opts.ttlMs ?? 5 * 60_000) })
  }

  private async resolveDns(handle: string): Promise<string | null> {
    let records: string[][]
    try {
      records = await this.dns.resolveTxt(`_atproto.${handle}`)
    } catch {
      return null
    }
    const dids = records.map((chunks) => chunks.join('')).filter((text) => text.startsWith(DNS_PREFIX))
    // @NOTE several did= records make the handle ambiguous, so it does not resolve
    if (dids.length !== 1) return null
    const did = (dids[0] as string).slice(DNS_PREFIX.length).trim()
    return isDid(did) ? did : null
  }

  private async resolveHttps(handle: string): Promise<string | null> {
    try {
      const res = await this.opts.outbound.fetch(`https://${handle}/.well-known/atproto-did`, {
        timeoutMs: this.opts.timeoutMs ?? 3_000,
        maxBytes: WELL_KNOWN_MAX_BYTES,
      })
      if (!res.ok) {
        await res.body?.cancel()
        return null
      }
      const did = (await res.text()).split('\n')[0]?.trim() ?? ''
      return isDid(did) ? did : null
    } catch {
      return null
    }
  }
}
