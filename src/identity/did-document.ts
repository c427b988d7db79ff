/**
 * DID documents: the shape atproto reads, and the two facts a PDS needs from one
 * (the repo signing key and the PDS endpoint).
 *
 * @see https://atproto.com/specs/did
 * @module
 */
import { formatDidKey, multibaseToBytes, parseMultikey } from '@atproto/crypto'

/** A verification method entry of a DID document. */
export interface VerificationMethod {
  id: string
  type: string
  controller: string
  publicKeyMultibase?: string
}

/** A service entry of a DID document. */
export interface DidService {
  id: string
  type: string
  serviceEndpoint: string | Record<string, unknown>
}

/** A DID document, as far as atproto reads it (a type, not an interface, so it fits `{ [key: string]: unknown }`). */
export type DidDocument = {
  '@context'?: unknown
  id: string
  alsoKnownAs?: string[]
  verificationMethod?: VerificationMethod[]
  service?: DidService[]
}

const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1'

/**
 * The document of an atproto identity, in the current PLC directory's format (Multikey).
 *
 * @example
 * formatDidDocument({ did, handle: 'alice.test', signingKey: keypair.did(), pdsEndpoint: config.publicUrl })
 */
export function formatDidDocument(opts: {
  did: string
  handle: string
  signingKey: string
  pdsEndpoint: string
}): DidDocument {
  const { did, handle, signingKey, pdsEndpoint } = opts
  return {
    '@context': [
      'https://www.w3.org/ns/did/v1',
      MULTIKEY_CONTEXT,
      'https://w3id.org/security/suites/secp256k1-2019/v1',
    ],
    id: did,
    alsoKnownAs: [`at://${handle}`],
    verificationMethod: [
      {
        id: `${did}#atproto`,
        type: 'Multikey',
        controller: did,
        publicKeyMultibase: signingKey.slice('did:key:'.length),
      },
    ],
    service: [{ id: '#atproto_pds', type: 'AtprotoPersonalDataServer', serviceEndpoint: pdsEndpoint }],
  }
}

/** A DID document is not shaped as the DID Core spec says (as far as atproto reads it). */
export class MalformedDidDocumentError extends Error {
  constructor(did: string, reason: string) {
    super(`The DID document of ${did} is malformed: ${reason}`)
    this.name = 'MalformedDidDocumentError'
  }
}

/**
 * `value` (a parsed JSON answer) as the DID document of `did`, after checking the shape of
 * every field atproto reads: `id` is `did`; `alsoKnownAs`, `verificationMethod` and `service`,
 * when present, are arrays of strings or of objects with string `id` and `type`.
 *
 * @throws MalformedDidDocumentError
 * @example
 * const doc = checkDidDocument(await res.json(), did)
 */
export function checkDidDocument(value: unknown, did: string): DidDocument {
  if (!isObject(value)) throw new MalformedDidDocumentError(did, 'not a JSON object')
  if (value.id !== did) throw new MalformedDidDocumentError(did, 'its id names another DID')
  const { alsoKnownAs, verificationMethod, service } = value
  if (alsoKnownAs !== undefined && !(Array.isArray(alsoKnownAs) && alsoKnownAs.every((n) => typeof n === 'string'))) {
    throw new MalformedDidDocumentError(did, 'alsoKnownAs is not an array of strings')
  }
  for (const [name, list] of [
    ['verificationMethod', verificationMethod],
    ['service', service],
  ] as const) {
    if (list === undefined) continue
    if (!Array.isArray(list)) throw new MalformedDidDocumentError(did, `${name} is not an array`)
    if (!list.every((entry) => isObject(entry) && typeof entry.id === 'string' && typeof entry.type === 'string')) {
      throw new MalformedDidDocumentError(did, `${name} holds an entry without a string id and type`)
    }
  }
  return value as DidDocument
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The did:key of verification method `#<keyId>` (`#atproto` unless told: the repo signing key;
 * a labeler signs with `#atproto_label`), or undefined when there is none (or it is unreadable).
 */
export function signingKeyOf(doc: DidDocument, keyId = 'atproto'): string | undefined {
  // @NOTE documents are checked when resolved (checkDidDocument); this stays safe on any shape
  const methods: unknown = doc.verificationMethod
  if (!Array.isArray(methods)) return undefined
  const method = (methods as unknown[]).find(
    (m): m is VerificationMethod => isObject(m) && (m.id === `#${keyId}` || m.id === `${doc.id}#${keyId}`),
  )
  if (typeof method?.publicKeyMultibase !== 'string') return undefined
  try {
    if (method.type === 'Multikey') {
      const { jwtAlg, keyBytes } = parseMultikey(method.publicKeyMultibase)
      return formatDidKey(jwtAlg, keyBytes)
    }
    // @NOTE older directories (and did:web documents) still name the curve in the type
    const alg = LEGACY_KEY_TYPES[method.type]
    return alg ? formatDidKey(alg, multibaseToBytes(method.publicKeyMultibase)) : undefined
  } catch {
    return undefined
  }
}

const LEGACY_KEY_TYPES: Readonly<Record<string, string>> = {
  EcdsaSecp256k1VerificationKey2019: 'ES256K',
  EcdsaSecp256r1VerificationKey2019: 'ES256',
}

/** The `#atproto_pds` service endpoint, or undefined. */
export function pdsEndpointOf(doc: DidDocument): string | undefined {
  const services: unknown = doc.service
  if (!Array.isArray(services)) return undefined
  const service = (services as unknown[]).find(
    (s): s is DidService => isObject(s) && (s.id === '#atproto_pds' || s.id === `${doc.id}#atproto_pds`),
  )
  if (service?.type !== 'AtprotoPersonalDataServer' || typeof service.serviceEndpoint !== 'string') return undefined
  return URL.canParse(service.serviceEndpoint) ? service.serviceEndpoint : undefined
}

/** The first `at://` handle the document claims, or undefined. */
export function handleOf(doc: DidDocument): string | undefined {
  const names: unknown = doc.alsoKnownAs
  if (!Array.isArray(names)) return undefined
  const aka = (names as unknown[]).find((name): name is string => typeof name === 'string' && name.startsWith('at://'))
  return aka?.slice('at://'.length)
}
