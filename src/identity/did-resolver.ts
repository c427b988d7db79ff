import type { SafeFetcher } from '#src/net/safe-fetch.js'
import { checkDidDocument, type DidDocument, MalformedDidDocumentError } from './did-document.js'
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

/** The DID is not one this PDS can resolve (an unknown method, a did:web with a path or port): the caller's mistake. */
export class UnsupportedDidError extends DidResolutionError {
  override name = 'UnsupportedDidError'
}

interface Cached {
  doc: DidDocument
  expiresAt: number
  /** Estimated bytes the entry holds (its JSON size). */
  bytes: number
}

/** Options of {@link DidResolver}. */
export interface DidResolverOptions {
  /** How long a document is kept (default 10 minutes). */
  ttlMs?: number
  /** Most documents kept (default 10,000). */
  maxEntries?: number
  /** Most bytes of documents kept, by their JSON size (default 16 MiB). */
  maxBytes?: number
  /** How long a did:web fetch may take (default 5 s). */
  timeoutMs?: number
}

// @NOTE a real DID document is a few KB; a did:web host must not make us read or keep more
const MAX_DOCUMENT_BYTES = 64 * 1024

/**
 * Resolves did:plc (through the PLC directory) and did:web (through `/.well-known/did.json`)
 * to DID documents, keeping each one for a while.
 *
 * @example
 * const doc = await resolver.resolve('did:plc:ewvi7nxzyoun6zhxrhs64oiz')
 */
export class DidResolver {
  private readonly cache = new Map<string, Cached>()
  private cachedBytes = 0

  constructor(
    private readonly plc: PlcClient,
    /** did:web documents are fetched through it. */
    private readonly outbound: SafeFetcher,
    private readonly opts: DidResolverOptions = {},
  ) {}

  /** Documents and estimated bytes held by the cache now. */
  get cacheSize(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cachedBytes }
  }

  /** The document of `did`, or null when its method says it does not exist; throws {@link DidResolutionError}. */
  async resolve(did: string, opts: { fresh?: boolean } = {}): Promise<DidDocument | null> {
    const hit = this.cache.get(did)
    if (hit && !opts.fresh && hit.expiresAt > Date.now()) return hit.doc
    const doc = await this.fetch(did)
    if (doc) this.remember(did, doc)
    else this.forget(did)
    return doc
  }

  /** Stores a document this PDS just published, so the next resolution needs no round trip. */
  remember(did: string, doc: DidDocument): void {
    this.forget(did)
    const bytes = Buffer.byteLength(JSON.stringify(doc)) + did.length
    if (bytes > MAX_DOCUMENT_BYTES) return
    const maxEntries = this.opts.maxEntries ?? 10_000
    const maxBytes = this.opts.maxBytes ?? 16 * 1024 * 1024
    for (const [oldest] of this.cache) {
      if (this.cache.size < maxEntries && this.cachedBytes + bytes <= maxBytes) break
      this.forget(oldest)
    }
    this.cache.set(did, { doc, expiresAt: Date.now() + (this.opts.ttlMs ?? 10 * 60_000), bytes })
    this.cachedBytes += bytes
  }

  /** Forgets what is cached about `did` (after its document changed). */
  forget(did: string): void {
    const entry = this.cache.get(did)
    if (!entry) return
    this.cache.delete(did)
    this.cachedBytes -= entry.bytes
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
      res = await this.outbound.fetch(url, { timeoutMs: this.opts.timeoutMs ?? 5_000, maxBytes: MAX_DOCUMENT_BYTES })
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
    const doc = await readJson(res, MAX_DOCUMENT_BYTES)
    try {
      return checkDidDocument(doc, did)
    } catch (err) {
      throw new DidResolutionError(`Could not resolve ${did}: ${(err as Error).message}`, { cause: err })
    }
  }
}

/** The response's JSON body, or null when it is not JSON or longer than `maxBytes` (read no further). */
async function readJson(res: Response, maxBytes: number): Promise<unknown> {
  const reader = res.body?.getReader()
  if (!reader) return null
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    return null
  }
}
