/**
 * DPoP (RFC 9449): proof-of-possession of the key a token is bound to. Every token
 * request and every resource request carries a fresh proof: a JWT of type `dpop+jwt`,
 * signed by the key in its header, naming the request's method (`htm`) and URL (`htu`,
 * compared against our public URL, so a reverse proxy in front changes nothing), with a
 * recent `iat`, a unique `jti` (replays are caught in a store every process shares), our current nonce, and
 * for resource requests the hash of the access token (`ath`).
 *
 * @see https://datatracker.ietf.org/doc/html/rfc9449
 * @module
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { isJwsAlg, JwsError, jwkThumbprint, verifyJws } from './jws.js'
import type { ReplayStore } from './replay-store.js'

/** The DPoP signing algorithms we accept (the official client prefers ES256K when offered). */
export const DPOP_ALGS = ['ES256', 'ES256K'] as const

/** How old a proof's `iat` may be. */
export const DPOP_MAX_AGE_MS = 60_000
/** How far in the future a proof's `iat` may be (clock skew). */
export const DPOP_MAX_SKEW_MS = 10_000
/** How often the server nonce changes; a nonce is accepted for three periods around its own. */
export const DPOP_NONCE_ROTATION_MS = 3 * 60_000

/** A proof was refused. `use_dpop_nonce` asks the client to retry with the nonce we send. */
export class DpopError extends Error {
  constructor(
    readonly code: 'invalid_dpop_proof' | 'use_dpop_nonce',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'DpopError'
  }
}

/**
 * Server nonces derived from a secret and the time, so every process sharing the secret
 * issues and accepts the same ones without storing anything.
 *
 * @example
 * const nonces = new DpopNonces(secret)
 * res.setHeader('DPoP-Nonce', nonces.current())
 */
export class DpopNonces {
  private readonly key: Buffer

  constructor(
    secret: string,
    private readonly rotationMs = DPOP_NONCE_ROTATION_MS,
  ) {
    this.key = createHmac('sha256', secret).update('dpop-nonce').digest()
  }

  /** The nonce to hand out now. */
  current(now = Date.now()): string {
    return this.at(Math.floor(now / this.rotationMs))
  }

  /** Whether `nonce` is the previous, current or next period's. */
  isValid(nonce: string, now = Date.now()): boolean {
    const period = Math.floor(now / this.rotationMs)
    const given = Buffer.from(nonce)
    return [period - 1, period, period + 1].some((p) => {
      const want = Buffer.from(this.at(p))
      return want.length === given.length && timingSafeEqual(want, given)
    })
  }

  private at(period: number): string {
    return createHmac('sha256', this.key).update(String(period)).digest('base64url').slice(0, 32)
  }
}

/** What a checked proof proves. */
export interface DpopResult {
  /** RFC 7638 thumbprint of the proof's key: what tokens are bound to (`cnf.jkt`). */
  jkt: string
  jti: string
}

/**
 * Verifies DPoP proofs for one public URL.
 *
 * @example
 * const { jkt } = await dpop.verify(req.headers.dpop, { method: 'POST', path: '/oauth/token' })
 */
export class DpopVerifier {
  private readonly origin: string

  constructor(
    publicUrl: string,
    readonly nonces: DpopNonces,
    private readonly replay: ReplayStore,
  ) {
    this.origin = new URL(publicUrl).origin
  }

  /**
   * Checks `proof` for a request of `method` to `path` (its query is ignored, as RFC 9449
   * says). With `accessToken`, the proof must carry its hash. @throws DpopError
   */
  async verify(
    proof: string | string[] | undefined,
    req: { method: string; path: string; accessToken?: string },
  ): Promise<DpopResult> {
    if (proof === undefined) throw new DpopError('invalid_dpop_proof', 'A DPoP proof is required')
    if (typeof proof !== 'string') throw new DpopError('invalid_dpop_proof', 'Send exactly one DPoP proof')
    let header: Record<string, unknown>
    let payload: Record<string, unknown>
    try {
      const [encodedHeader] = proof.split('.')
      header = JSON.parse(Buffer.from(encodedHeader ?? '', 'base64url').toString('utf8'))
      if (header?.typ !== 'dpop+jwt') throw new DpopError('invalid_dpop_proof', 'DPoP proof typ must be dpop+jwt')
      if (!isJwsAlg(header.alg) || !(DPOP_ALGS as readonly string[]).includes(header.alg)) {
        throw new DpopError('invalid_dpop_proof', `DPoP proof alg must be one of ${DPOP_ALGS.join(', ')}`)
      }
      ;({ payload } = verifyJws(proof, header.jwk, header.alg))
    } catch (err) {
      if (err instanceof DpopError) throw err
      const reason = err instanceof JwsError ? err.message : 'malformed proof'
      throw new DpopError('invalid_dpop_proof', `Invalid DPoP proof: ${reason}`, { cause: err })
    }
    const { jti, htm, htu, iat, nonce, ath } = payload
    if (typeof jti !== 'string' || jti.length < 8 || jti.length > 256) {
      throw new DpopError('invalid_dpop_proof', 'DPoP proof needs a jti')
    }
    if (htm !== req.method) throw new DpopError('invalid_dpop_proof', 'DPoP htm does not match the request method')
    if (typeof htu !== 'string' || normalizeHtu(htu) !== this.origin + req.path.split('?')[0]) {
      throw new DpopError('invalid_dpop_proof', 'DPoP htu does not match the request URL')
    }
    const now = Date.now()
    if (typeof iat !== 'number' || iat * 1000 > now + DPOP_MAX_SKEW_MS || iat * 1000 < now - DPOP_MAX_AGE_MS) {
      throw new DpopError('invalid_dpop_proof', 'DPoP proof iat is too old or in the future')
    }
    // @NOTE the replay store may have lost the claims of proofs older than itself (see SqliteReplayStore)
    if (iat * 1000 < this.replay.forgetsBefore) {
      throw new DpopError('invalid_dpop_proof', 'DPoP proof predates the server start: sign a new one')
    }
    if (req.accessToken !== undefined) {
      const want = createHash('sha256').update(req.accessToken).digest('base64url')
      if (ath !== want) throw new DpopError('invalid_dpop_proof', 'DPoP ath does not match the access token')
    }
    // @NOTE the nonce is checked after the signature, so a forged proof learns nothing from it
    if (typeof nonce !== 'string' || !this.nonces.isValid(nonce, now)) {
      throw new DpopError('use_dpop_nonce', 'Use the DPoP nonce the server sent')
    }
    const jkt = jwkThumbprint(header.jwk as Record<string, unknown>)
    const expiresAt = new Date(now + DPOP_MAX_AGE_MS + DPOP_MAX_SKEW_MS)
    if (!(await this.replay.claim(`dpop:${jkt}:${jti}`, expiresAt))) {
      throw new DpopError('invalid_dpop_proof', 'DPoP proof was already used')
    }
    return { jkt, jti }
  }
}

function normalizeHtu(htu: string): string | undefined {
  if (!URL.canParse(htu)) return undefined
  const url = new URL(htu)
  return url.origin + url.pathname
}
