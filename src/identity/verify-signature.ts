/**
 * Signature checks the atproto way: low-S compact signatures only, by a did:key.
 *
 * @module
 */
import { verifySignature } from '@atproto/crypto'

/**
 * Whether `sig` is `didKey`'s valid atproto signature over `data`. A malformed signature (a
 * DER encoding, a wrong length) or key is simply not valid: @atproto/crypto throws on those,
 * and a throw must never become a 500.
 *
 * @example
 * if (!(await isValidSignature(key, cborEncode(unsigned), commit.sig))) throw new ImportError('bad signature')
 */
export async function isValidSignature(didKey: string, data: Uint8Array, sig: Uint8Array): Promise<boolean> {
  try {
    return await verifySignature(didKey, data, sig)
  } catch {
    return false
  }
}
