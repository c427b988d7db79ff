import type { SafeFetcher } from '#src/net/safe-fetch.js'
import type { DidDocument } from './did-document.js'
import { type PlcClient, PlcError } from './plc-client.js'

/** A DID could not be resolved (unknown method, directory or host unreachable, malformed document). */
export class DidResolutionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DidResolutionError'
  }
}

/**
 * A did:web atproto accepts: a host name (letters, digits, hyphens, dots) and no path; a
 * port only for `localhost` (development). Anything else, `%2F` or `%40` included, is
 * refused before it can become a URL.
 */
const DID_WEB =
  /^did:web:((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(?:%3[aA](\d{1,5}))?$/
/** A DID document is a few kilobytes; this bounds what one resolution may read. */
const DID_DOC_MAX_BYTES = 64 * 1024

/** The DID is not one this PDS can resolve (an unknown method, a did:web with a path or port): the caller's mistake. */
export class UnsupportedDidError extends DidResolutionError {
  override name = 'UnsupportedDidError'
}

interface Cached {
  doc: DidDocument
  expiresAt: number
}

/**
 * Resolves did:plc (through the PLC directory) and did:web (through `/.well-known/did.json`)
 * to DID documents, keeping each one for a while.
 *
 * @example
 * const doc = await resolver.resolve('did:plc:ewvi7nxzyoun6zhxrhs64oiz')
 */
export class DidResolver {
  private readonly cache = new Map<string, Cached>()

  constructor(
    private readonly plc: PlcClient,
    /** did:web documents are fetched through it. */
    private readonly outbound: SafeFetcher,
    private readonly opts: { ttlMs?: number; maxEntries?: number; timeoutMs?: number } = {},
  ) {}

  /** The document of `did`, or null when its method says it does not exist; throws {@link DidResolutionError}. */
  async resolve(did: string, opts: { fresh?: boolean } = {}): Promise<DidDocument | null> {
    const hit = this.cache.get(did)
    if (hit && !opts.fresh && hit.expiresAt > Date.now()) return hit.doc
    const doc = await this.fetch(did)
    if (doc) this.remember(did, doc)
    else this.cache.delete(did)
    return doc
  }

  /** Stores a document this PDS just published, so the next resolution needs no round trip. */
  remember(did: string, doc: DidDocument): void {
    const max = this.opts.maxEntries ?? 10_000
    if (this.cache.size >= max && !this.cache.has(did)) {
      const oldest = this.cache.keys().next().value
      if (oldest !== undefined) this.cache.delete(oldest)
    }
    this.cache.delete(did)
    this.cache.set(did, { doc, expiresAt: Date.now() + (this.opts.ttlMs ?? 10 * 60_000) })
  }

  /** Forgets what is cached about `did` (after its document changed). */
  forget(did: string): void {
    this.cache.delete(did)
  }

  private async fetch(did: string): Promise<DidDocument | null> {
    if (did.startsWith('did:plc:')) {
      try {
        return await this.plc.getDocument(did)
      } catch (err) {
        const reason = err instanceof PlcError ? err.message : 'unexpected failure'
        throw new DidResolutionError(`Could not resolve ${did}: ${reason}`, { cause: err })
      }
    }
    if (did.startsWith('did:web:')) return this.fetchDidWeb(did)
    throw new UnsupportedDidError(`Unsupported DID method: ${did}`)
  }

  private async fetchDidWeb(did: string): Promise<DidDocument | null> {
    const match = DID_WEB.exec(did)
    if (!match) throw new UnsupportedDidError(`Unsupported did:web: ${did}`)
    const [, host, port] = match as unknown as [string, string, string | undefined]
    if (port !== undefined && host.toLowerCase() !== 'localhost') {
      throw new UnsupportedDidError(`Unsupported did:web: ${did} (a port is allowed only for localhost)`)
    }
    // @NOTE plain http only for localhost, and the outbound policy refuses it outside development
    const url =
      port === undefined ? `https://${host}/.well-known/did.json` : `http://${host}:${port}/.well-known/did.json`
    let res: Response
    try {
      res = await this.outbound.fetch(url, { timeoutMs: this.opts.timeoutMs ?? 5_000, maxBytes: DID_DOC_MAX_BYTES })
    } catch (err) {
      throw new DidResolutionError(`Could not resolve ${did}: ${host} could not be reached`, { cause: err })
    }
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel()
      return null
    }
    if (!res.ok) {
      await res.body?.cancel()
      throw new DidResolutionError(`Could not resolve ${did}: ${host} answered ${res.status}`)
    }
    const doc = (await res.json().catch(() => null)) as DidDocument | null
    if (doc?.id !== did) throw new DidResolutionError(`Could not resolve ${did}: the document names another DID`)
    return doc
  }
}
