/**
 * Identity: the PLC directory client, DID documents and their resolution, handle resolution.
 *
 * @module
 */
import type { SafeFetcher } from '#src/net/safe-fetch.js'
import { DidResolver } from './did-resolver.js'
import { HandleResolver } from './handle-resolver.js'
import { PlcClient } from './plc-client.js'

export * from './did-document.js'
export { DidResolutionError, DidResolver, UnsupportedDidError } from './did-resolver.js'
export { HandleResolver } from './handle-resolver.js'
export { PlcClient, PlcError } from './plc-client.js'
export * from './plc-operation.js'

/** The identity services of the app context. */
export interface Identity {
  /** The configured PLC directory. */
  readonly plc: PlcClient
  /** did:plc and did:web resolution, cached. */
  readonly dids: DidResolver
  /** Handles not hosted here (DNS TXT and HTTPS well-known), cached. */
  readonly handles: HandleResolver
}

/** Options of {@link createIdentity}. */
export interface IdentityOptions {
  /** The SSRF-safe fetch for did:web documents and handle well-knowns. */
  outbound: SafeFetcher
  /** DNS servers for handle resolution instead of the system's (tests). */
  dnsServers?: readonly string[]
}

/**
 * Builds the identity services for a PLC directory URL.
 *
 * @example
 * const identity = createIdentity(config.didPlcUrl, { outbound })
 */
export function createIdentity(plcUrl: string, opts: IdentityOptions): Identity {
  const plc = new PlcClient(plcUrl)
  return Object.freeze({
    plc,
    dids: new DidResolver(plc, opts.outbound),
    handles: new HandleResolver({ outbound: opts.outbound, dnsServers: opts.dnsServers }),
  })
}
