/**
 * Outbound service auth: short-lived ES256K JWTs signed with an account's repo key, which
 * another service (an AppView, a feed generator, another PDS) verifies against the
 * `#atproto` key of the account's DID document.
 *
 * @see https://atproto.com/specs/xrpc#inter-service-authentication-jwt
 * @module
 */
import { createServiceJwt } from '@atproto/xrpc-server'
import type { AccountService } from '#src/account/account-service.js'

/** Longest lifetime of a token bound to a method. */
export const SERVICE_TOKEN_MAX_TTL_MS = 60 * 60 * 1000
/** Longest lifetime of a token bound to no method. */
export const SERVICE_TOKEN_METHODLESS_MAX_TTL_MS = 60 * 1000

const ATPROTO_DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-zA-Z0-9.%-]+)$/
const SERVICE_ID = /^[a-zA-Z][a-zA-Z0-9._~-]*$/

/** Whether `aud` is a DID atproto supports (did:plc, did:web) or a `did#serviceId` reference. */
export function isServiceAudience(aud: string): boolean {
  const hash = aud.indexOf('#')
  if (hash === -1) return ATPROTO_DID.test(aud)
  return ATPROTO_DID.test(aud.slice(0, hash)) && SERVICE_ID.test(aud.slice(hash + 1))
}

/**
 * Signs a service token for hosted account `iss`: random `jti`, `exp` in seconds (default
 * 60 s ahead), `lxm` when given. The caller checks the lifetime rules.
 *
 * @example
 * const jwt = await issueServiceToken(ctx.accounts, { iss: did, aud: 'did:web:api.bsky.app', lxm: 'app.bsky.feed.getTimeline' })
 */
export async function issueServiceToken(
  accounts: Pick<AccountService, 'signingKey'>,
  opts: { iss: string; aud: string; lxm: string | null; exp?: number },
): Promise<string> {
  const keypair = await accounts.signingKey(opts.iss)
  return createServiceJwt({ iss: opts.iss, aud: opts.aud, lxm: opts.lxm, exp: opts.exp, keypair })
}
