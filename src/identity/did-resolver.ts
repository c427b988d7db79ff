import { checkDidDocument, type DidDocument, MalformedDidDocumentError } from './did-document.js'
import { type PlcClient, PlcError } from './plc-client.js'

/** A DID could not be resolved (unknown method, directory or host unreachable, malformed document). */
export class DidResolutionError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'DidResolutionError'
  }
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
        const doc = await this.plc.getDocument(did)
        return doc && checkDidDocument(doc, did)
      } catch (err) {
        const reason =
          err instanceof PlcError || err instanceof MalformedDidDocumentError ? err.message : 'unexpected failure'
        throw new DidResolutionError(`Could not resolve ${did}: ${reason}`, { cause: err })
      }
    }
    if (did.startsWith('did:web:')) return this.fetchDidWeb(did)
    throw new DidResolutionError(`Unsupported DID method: ${did}`)
  }

  private async fetchDidWeb(did: string): Promise<DidDocument | null> {
    const host = decodeURIComponent(did.slice('did:web:'.length))
    // @NOTE atproto allows only hostname-level did:web (no path); plain http only for local development
    if (host.includes(':') && !/^localhost:\d+$/.test(host)) throw new DidResolutionError(`Unsupported did:web: ${did}`)
    const scheme = host === 'localhost' || host.startsWith('localhost:') ? 'http' : 'https'
    let res: Response
    try {
      res = await fetch(`${scheme}://${host}/.well-known/did.json`, {
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 5_000),
        redirect: 'error',
      })
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
    const doc: unknown = await res.json().catch(() => null)
    try {
      return checkDidDocument(doc, did)
    } catch (err) {
      throw new DidResolutionError(`Could not resolve ${did}: ${(err as Error).message}`, { cause: err })
    }
  }
}
