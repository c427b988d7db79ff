/**
 * Verifying service-auth JWTs the way another service does: @atproto/xrpc-server's
 * `verifyJwt`, with the issuer's key read from its DID document in the PLC directory.
 *
 * @module
 */
import { verifyJwt } from '@atproto/xrpc-server'
import { type DidDocument, signingKeyOf } from '#src/identity/index.js'

/** The `#atproto` signing key (did:key) of `did`, read from the PLC directory at `plcUrl`. */
export async function plcSigningKey(plcUrl: string, did: string): Promise<string> {
  const res = await fetch(`${plcUrl}/${encodeURIComponent(did)}`)
  if (!res.ok) throw new Error(`PLC answered ${res.status} for ${did}`)
  const key = signingKeyOf((await res.json()) as DidDocument)
  if (!key) throw new Error(`${did} has no #atproto key`)
  return key
}

/**
 * Verifies `token` for audience `aud` and method `lxm` (null: any) against the PLC
 * directory; resolves with its payload or rejects with xrpc-server's AuthRequiredError.
 */
export function verifyServiceJwt(plcUrl: string, token: string, aud: string | null, lxm: string | null) {
  return verifyJwt(token, aud, lxm, (iss) => plcSigningKey(plcUrl, iss.split('#')[0] as string))
}
