/**
 * Where a forwarded call goes: the service named by the `atproto-proxy: <did>#<serviceId>`
 * header (its DID document's service entry), else the configured default for the method
 * (the AppView, the moderation service, the report service).
 *
 * @module
 */
import type { ProxyConfig, UpstreamService } from '#src/config.js'
import { InvalidRequestError, MethodNotImplementedError } from '#src/errors.js'
import type { DidDocument, DidResolver } from '#src/identity/index.js'

/** A resolved upstream. */
export interface ProxyTarget {
  /** Origin (and base path) to call. */
  readonly url: string
  /** The DID service tokens are addressed to (bare, without `#serviceId`). */
  readonly did: string
  readonly serviceId: string
  /** A configured service, called directly; otherwise named by a user, so called through the SSRF-safe dispatcher. */
  readonly configured: boolean
}

/** Service id of the AppView in DID documents and in `atproto-proxy` headers. */
export const APPVIEW_SERVICE_ID = 'bsky_appview'
/** Service id of a labeler / moderation service. */
export const LABELER_SERVICE_ID = 'atproto_labeler'

interface Cached {
  url: string
  expiresAt: number
}

/**
 * Resolves proxy targets, caching what the header's DIDs resolve to for a short while
 * (a user can name any DID, so the cache is small and bounded).
 *
 * @example
 * const target = await targets.resolve('app.bsky.feed.getTimeline', req.headers['atproto-proxy'])
 */
export class ProxyTargets {
  private readonly cache = new Map<string, Cached>()

  constructor(
    private readonly config: ProxyConfig,
    private readonly dids: Pick<DidResolver, 'resolve'>,
    private readonly opts: { allowHttp: boolean; ttlMs?: number; maxEntries?: number },
  ) {}

  /** The target of `nsid`; throws 400 for a bad or unresolvable header, 501 when nothing is configured. */
  async resolve(nsid: string, header: string | undefined): Promise<ProxyTarget> {
    if (header !== undefined) return this.fromHeader(header)
    const { serviceId, service } = this.defaultFor(nsid)
    if (!service)
      throw new MethodNotImplementedError(`Method not implemented: ${nsid} (no service is configured for it)`)
    return { url: service.url, did: service.did, serviceId, configured: true }
  }

  /** The `did#serviceId` a call to `nsid` goes to without a header, or undefined when none is configured. */
  defaultRef(nsid: string): string | undefined {
    const { serviceId, service } = this.defaultFor(nsid)
    return service ? `${service.did}#${serviceId}` : undefined
  }

  private defaultFor(nsid: string): { serviceId: string; service: UpstreamService | undefined } {
    if (nsid === 'com.atproto.moderation.createReport') {
      return { serviceId: LABELER_SERVICE_ID, service: this.config.reportService }
    }
    if (nsid.startsWith('tools.ozone.')) return { serviceId: LABELER_SERVICE_ID, service: this.config.modService }
    return { serviceId: APPVIEW_SERVICE_ID, service: this.config.bskyAppView }
  }

  private async fromHeader(header: string): Promise<ProxyTarget> {
    const { did, serviceId } = parseProxyHeader(header)
    const configured = this.configuredService(did, serviceId)
    if (configured) return { url: configured.url, did, serviceId, configured: true }
    const key = `${did}#${serviceId}`
    const hit = this.cache.get(key)
    if (hit && hit.expiresAt > Date.now()) return { url: hit.url, did, serviceId, configured: false }
    let doc: DidDocument | null
    try {
      doc = await this.dids.resolve(did)
    } catch (err) {
      throw new InvalidRequestError(`Could not resolve the proxy DID ${did}`, undefined, { cause: err })
    }
    if (!doc) throw new InvalidRequestError(`Could not resolve the proxy DID ${did}`)
    const url = serviceEndpoint(doc, serviceId)
    if (!url) throw new InvalidRequestError(`The DID document of ${did} has no service #${serviceId}`)
    const protocol = new URL(url).protocol
    if (protocol !== 'https:' && !(protocol === 'http:' && this.opts.allowHttp)) {
      throw new InvalidRequestError(`The service #${serviceId} of ${did} is not an https URL`)
    }
    this.remember(key, url)
    return { url, did, serviceId, configured: false }
  }

  private configuredService(did: string, serviceId: string): UpstreamService | undefined {
    const { bskyAppView, modService, reportService } = this.config
    if (serviceId === APPVIEW_SERVICE_ID && bskyAppView?.did === did) return bskyAppView
    if (serviceId === LABELER_SERVICE_ID) {
      if (modService?.did === did) return modService
      if (reportService?.did === did) return reportService
    }
    return undefined
  }

  private remember(key: string, url: string): void {
    const max = this.opts.maxEntries ?? 1000
    if (this.cache.size >= max) {
      const oldest = this.cache.keys().next().value
      if (oldest !== undefined) this.cache.delete(oldest)
    }
    this.cache.set(key, { url, expiresAt: Date.now() + (this.opts.ttlMs ?? 60_000) })
  }
}

/**
 * Splits an `atproto-proxy` header into its DID and service id; throws 400 InvalidRequest
 * when it is not exactly `<did>#<serviceId>`.
 */
export function parseProxyHeader(header: string): { did: string; serviceId: string } {
  const hash = header.indexOf('#')
  if (hash <= 0 || hash === header.length - 1 || header.includes('#', hash + 1) || /\s/.test(header)) {
    throw new InvalidRequestError('The atproto-proxy header must be <did>#<serviceId>')
  }
  const did = header.slice(0, hash)
  const serviceId = header.slice(hash + 1)
  if (!/^did:[a-z]+:[a-zA-Z0-9._:%-]+$/.test(did))
    throw new InvalidRequestError('The atproto-proxy header names no DID')
  return { did, serviceId }
}

function serviceEndpoint(doc: DidDocument, serviceId: string): string | undefined {
  const service = doc.service?.find((s) => s.id === `#${serviceId}` || s.id === `${doc.id}#${serviceId}`)
  const endpoint = service?.serviceEndpoint
  if (typeof endpoint !== 'string' || !URL.canParse(endpoint)) return undefined
  return endpoint.replace(/\/+$/, '')
}
