/**
 * `include:` scopes: Lexicon permission sets, resolved through Lexicon resolution (the
 * NSID's authority → DNS TXT `_lexicon.<domain>` → `did=...` → the DID's PDS →
 * the `com.atproto.lexicon.schema` record named by the NSID), cached, and expanded into the
 * `repo:` and `rpc:` permissions they grant, limited to the set's own namespace.
 *
 * @see https://atproto.com/specs/lexicon#lexicon-publication-and-resolution
 * @see https://atproto.com/specs/permission#permission-sets
 * @module
 */
import { Resolver } from 'node:dns/promises'
import { type DidResolver, pdsEndpointOf } from '#src/identity/index.js'
import type { SafeFetcher } from '#src/net/safe-fetch.js'
import { formatPermission, type Permission, parsePermission } from './permissions.js'

/** A resolved permission set. */
export interface PermissionSet {
  nsid: string
  /** Human title (in the set's default language), if the set has one. */
  title?: string
  detail?: string
  /** The permissions as the set states them (before expansion). */
  permissions: readonly Record<string, unknown>[]
}

/** The set could not be found or is not a valid permission set. */
export class PermissionSetError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'PermissionSetError'
  }
}

const CACHE_TTL_MS = 60 * 60_000
const CACHE_MAX = 500

/**
 * @example
 * const set = await sets.resolve('com.example.calendar.auth')
 * const granted = expandInclude({ nsid: set.nsid, aud: undefined }, set) // ['repo:com.example.calendar.event', ...]
 */
export class PermissionSetResolver {
  private readonly cache = new Map<string, { set: PermissionSet; expiresAt: number }>()
  private readonly dns: Resolver

  constructor(
    private readonly dids: Pick<DidResolver, 'resolve'>,
    private readonly outbound: Pick<SafeFetcher, 'fetchJson'>,
    opts: { dnsServers?: readonly string[] } = {},
  ) {
    this.dns = new Resolver({ timeout: 3_000, tries: 2 })
    if (opts.dnsServers?.length) this.dns.setServers([...opts.dnsServers])
  }

  /** The permission set `nsid`. @throws PermissionSetError */
  async resolve(nsid: string): Promise<PermissionSet> {
    const cached = this.cache.get(nsid)
    if (cached && cached.expiresAt > Date.now()) return cached.set
    const set = await this.fetch(nsid)
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string)
    this.cache.set(nsid, { set, expiresAt: Date.now() + CACHE_TTL_MS })
    return set
  }

  private async fetch(nsid: string): Promise<PermissionSet> {
    const segments = nsid.split('.')
    const domain = segments.slice(0, -1).reverse().join('.')
    let records: string[][]
    try {
      records = await this.dns.resolveTxt(`_lexicon.${domain}`)
    } catch (err) {
      throw new PermissionSetError(`No Lexicon is published for ${nsid} (_lexicon.${domain})`, { cause: err })
    }
    const dids = records.map((chunks) => chunks.join('')).filter((txt) => txt.startsWith('did='))
    const did = dids.length === 1 ? dids[0]?.slice(4) : undefined
    if (!did) throw new PermissionSetError(`_lexicon.${domain} must name exactly one DID`)
    const doc = await this.dids.resolve(did).catch(() => null)
    const pds = doc ? pdsEndpointOf(doc) : undefined
    if (!pds) throw new PermissionSetError(`The publisher of ${nsid} (${did}) has no PDS`)
    const url = new URL('/xrpc/com.atproto.repo.getRecord', pds)
    url.search = new URLSearchParams({ repo: did, collection: 'com.atproto.lexicon.schema', rkey: nsid }).toString()
    let record: { value?: Record<string, unknown> }
    try {
      record = await this.outbound.fetchJson(url, { timeoutMs: 5_000, maxBytes: 256 * 1024 })
    } catch (err) {
      throw new PermissionSetError(`The Lexicon ${nsid} could not be fetched`, { cause: err })
    }
    const doc2 = record.value
    const main = (doc2?.defs as Record<string, Record<string, unknown>> | undefined)?.main
    if (
      doc2?.lexicon !== 1 ||
      doc2.id !== nsid ||
      main?.type !== 'permission-set' ||
      !Array.isArray(main.permissions)
    ) {
      throw new PermissionSetError(`${nsid} is not a permission set`)
    }
    return {
      nsid,
      title: typeof main.title === 'string' ? main.title : undefined,
      detail: typeof main.detail === 'string' ? main.detail : undefined,
      permissions: main.permissions.filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null),
    }
  }
}

/**
 * The scopes an `include:` grants from its permission set: its `repo:` and `rpc:` entries
 * whose collections and methods sit under the set's own namespace (the NSID minus its last
 * segment). An `rpc` entry may not name its own audience; with `inheritAud` it takes the
 * include's `aud`. Anything else in the set is ignored.
 *
 * @example
 * expandInclude({ nsid: 'com.example.calendar.auth', aud: undefined }, set)
 * // ['repo:com.example.calendar.event', 'rpc:com.example.calendar.getEvents?aud=*']
 */
export function expandInclude(include: { nsid: string; aud: string | undefined }, set: PermissionSet): string[] {
  const group = include.nsid.slice(0, include.nsid.lastIndexOf('.') + 1)
  const inside = (nsid: string) => nsid !== '*' && nsid.startsWith(group) && nsid.length > group.length
  const out: string[] = []
  for (const entry of set.permissions) {
    if (entry.type !== 'permission') continue
    let permission: Permission | null = null
    if (entry.resource === 'repo') {
      permission = parsePermission(toScope('repo', { collection: entry.collection, action: entry.action }))
      if (permission?.kind !== 'repo' || !permission.collection.every(inside)) continue
    } else if (entry.resource === 'rpc') {
      if (entry.aud !== undefined && entry.aud !== '*') continue
      const aud = entry.inheritAud === true && include.aud ? include.aud : (entry.aud ?? '*')
      permission = parsePermission(toScope('rpc', { lxm: entry.lxm, aud }))
      if (permission?.kind !== 'rpc' || !permission.lxm.every(inside)) continue
    }
    if (permission) out.push(formatPermission(permission))
  }
  return [...new Set(out)]
}

function toScope(resource: string, params: Record<string, unknown>): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (typeof v === 'string') query.append(key, v)
    }
  }
  return `${resource}?${query}`
}
