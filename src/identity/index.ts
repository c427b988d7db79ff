/**
 * Identity: the PLC directory client, DID documents and their resolution, handle resolution.
 *
 * @module
 */
import { DidResolver } from './did-resolver.js'
import { PlcClient } from './plc-client.js'

export * from './did-document.js'
export { DidResolutionError, DidResolver } from './did-resolver.js'
export { resolveHandleExternally } from './handle-resolver.js'
export { PlcClient, PlcError } from './plc-client.js'
export * from './plc-operation.js'

/** The identity services of the app context. */
export interface Identity {
  /** The configured PLC directory. */
  readonly plc: PlcClient
  /** did:plc and did:web resolution, cached. */
  readonly dids: DidResolver
}

/**
 * Builds the identity services for a PLC directory URL.
 *
 * @example
 * const identity = createIdentity(config.didPlcUrl)
 */
export function createIdentity(plcUrl: string): Identity {
  const plc = new PlcClient(plcUrl)
  return Object.freeze({ plc, dids: new DidResolver(plc) })
}
