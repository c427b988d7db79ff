/**
 * undici, loaded at its first use: only outbound requests (SafeFetcher, the proxy) need it,
 * and an idle server that makes none does not carry it (~6 MB of RSS).
 *
 * @module
 */

let loading: Promise<typeof import('undici')> | undefined

/**
 * The undici module, imported once.
 *
 * @example
 * const { request } = await loadUndici()
 */
export function loadUndici(): Promise<typeof import('undici')> {
  loading ??= import('undici')
  return loading
}
