/**
 * Compact JWS verification for the EC keys atproto OAuth uses: ES256 (P-256) and ES256K
 * (secp256k1, which WebCrypto and so jose 6 lack, but node:crypto has).
 *
 * @module
 */
import { createHash, createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto'

/** The JWS algorithms we verify, with their curves. */
export const JWS_ALGS = { ES256: 'P-256', ES256K: 'secp256k1' } as const
export type JwsAlg = keyof typeof JWS_ALGS

/** A compact JWS whose signature checked out against `jwk`. */
export interface VerifiedJws {
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

/** A JWS that is malformed or whose signature does not verify. */
export class JwsError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'JwsError'
  }
}

/** Splits a compact JWS and decodes its header and payload, without checking anything. */
export function decodeJws(jws: string): VerifiedJws & { signingInput: string; signature: Buffer } {
  const parts = jws.split('.')
  if (parts.length !== 3) throw new JwsError('Not a compact JWS')
  const [h, p, s] = parts as [string, string, string]
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'))
    if (!isObject(header) || !isObject(payload)) throw new JwsError('JWS header and payload must be objects')
    return { header, payload, signingInput: `${h}.${p}`, signature: Buffer.from(s, 'base64url') }
  } catch (err) {
    if (err instanceof JwsError) throw err
    throw new JwsError('Malformed JWS', { cause: err })
  }
}

/**
 * Verifies `jws` with the public `jwk` under `alg`; the key's curve must be the alg's.
 *
 * @example
 * const { payload } = verifyJws(proof, header.jwk, 'ES256')
 */
export function verifyJws(jws: string, jwk: unknown, alg: JwsAlg): VerifiedJws {
  const decoded = decodeJws(jws)
  if (decoded.header.alg !== alg) throw new JwsError(`JWS alg is not ${alg}`)
  if (!isObject(jwk) || jwk.kty !== 'EC' || jwk.crv !== JWS_ALGS[alg] || 'd' in jwk) {
    throw new JwsError(`Expected a public EC ${JWS_ALGS[alg]} key`)
  }
  let ok = false
  try {
    const key = publicKeyOf(jwk)
    ok = verify('sha256', Buffer.from(decoded.signingInput), { key, dsaEncoding: 'ieee-p1363' }, decoded.signature)
  } catch (err) {
    throw new JwsError('Unusable JWS key or signature', { cause: err })
  }
  if (!ok) throw new JwsError('JWS signature does not verify')
  return { header: decoded.header, payload: decoded.payload }
}

const KEY_CACHE_MAX = 2_000
const keyCache = new Map<string, KeyObject>()

// @NOTE a client signs every proof with the same key, so its parsed form is kept (bounded)
function publicKeyOf(jwk: Record<string, unknown>): KeyObject {
  const id = `${jwk.crv}:${jwk.x}:${jwk.y}`
  let key = keyCache.get(id)
  if (!key) {
    key = createPublicKey({ key: { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y } as JsonWebKey, format: 'jwk' })
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value as string)
    keyCache.set(id, key)
  }
  return key
}

/** The RFC 7638 SHA-256 thumbprint of a public EC key. */
export function jwkThumbprint(jwk: Record<string, unknown>): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })
  return createHash('sha256').update(canonical).digest('base64url')
}

/** Whether `value` is one of {@link JWS_ALGS}. */
export function isJwsAlg(value: unknown): value is JwsAlg {
  return typeof value === 'string' && Object.hasOwn(JWS_ALGS, value)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
