/**
 * Client authentication at PAR and the token endpoint: `none` for public clients,
 * `private_key_jwt` (RFC 7523) for confidential ones, against the keys in their metadata.
 * A confidential client's session stays bound to the key it first authenticated with.
 *
 * @module
 */
import type { OAuthClient } from './clients.js'
import { OAuthError } from './errors.js'
import { JwsError, jwkThumbprint, verifyJws } from './jws.js'
import type { ReplayStore } from './replay-store.js'

/** How a client authenticated (stored with requests and token families). */
export type ClientAuth = { method: 'none' } | { method: 'private_key_jwt'; kid: string; jkt: string }

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const ASSERTION_MAX_AGE_MS = 5 * 60_000

/**
 * Authenticates `client` from the request parameters (`client_assertion_type`,
 * `client_assertion`). `issuer` is the audience the assertion must name.
 * @throws OAuthError invalid_client
 */
export async function authenticateClient(
  client: OAuthClient,
  params: Record<string, string | undefined>,
  opts: { issuer: string; replay: ReplayStore },
): Promise<ClientAuth> {
  if (!client.confidential) {
    if (params.client_assertion !== undefined) {
      throw new OAuthError('invalid_client', 'This client is public (token_endpoint_auth_method none)')
    }
    return { method: 'none' }
  }
  if (params.client_assertion_type !== ASSERTION_TYPE || typeof params.client_assertion !== 'string') {
    throw new OAuthError('invalid_client', 'A confidential client must send a private_key_jwt client_assertion')
  }
  const assertion = params.client_assertion
  const [encodedHeader] = assertion.split('.')
  let kid: unknown
  try {
    kid = JSON.parse(Buffer.from(encodedHeader ?? '', 'base64url').toString('utf8')).kid
  } catch (err) {
    throw new OAuthError('invalid_client', 'Malformed client_assertion', 401, { cause: err })
  }
  const key = client.metadata.jwks?.keys.find((k) => typeof kid === 'string' && k.kid === kid)
  if (!key) throw new OAuthError('invalid_client', 'client_assertion names no key of the client (kid)')
  let payload: Record<string, unknown>
  try {
    ;({ payload } = verifyJws(assertion, key, 'ES256'))
  } catch (err) {
    const why = err instanceof JwsError ? err.message : 'invalid'
    throw new OAuthError('invalid_client', `client_assertion does not verify: ${why}`, 401, { cause: err })
  }
  const now = Date.now()
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud]
  if (payload.iss !== client.id || payload.sub !== client.id) {
    throw new OAuthError('invalid_client', 'client_assertion iss and sub must be the client_id')
  }
  if (!aud.includes(opts.issuer)) throw new OAuthError('invalid_client', 'client_assertion aud must be the issuer')
  if (typeof payload.exp === 'number' && payload.exp * 1000 <= now) {
    throw new OAuthError('invalid_client', 'client_assertion has expired')
  }
  if (
    typeof payload.iat !== 'number' ||
    payload.iat * 1000 < now - ASSERTION_MAX_AGE_MS ||
    payload.iat * 1000 > now + 10_000
  ) {
    throw new OAuthError('invalid_client', 'client_assertion iat is missing, too old or in the future')
  }
  if (typeof payload.jti !== 'string' || payload.jti.length < 8) {
    throw new OAuthError('invalid_client', 'client_assertion needs a jti')
  }
  const fresh = await opts.replay.claim(
    `client:${client.id}:${payload.jti}`,
    new Date(now + ASSERTION_MAX_AGE_MS + 10_000),
  )
  if (!fresh) throw new OAuthError('invalid_client', 'client_assertion was already used')
  return { method: 'private_key_jwt', kid: kid as string, jkt: jwkThumbprint(key) }
}

/** Whether `now` is the same client authentication a session was bound to. */
export function sameClientAuth(bound: ClientAuth, now: ClientAuth): boolean {
  if (bound.method === 'none') return now.method === 'none'
  return now.method === 'private_key_jwt' && now.jkt === bound.jkt
}
