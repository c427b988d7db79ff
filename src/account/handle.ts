/**
 * The rules for handles taken on this PDS.
 *
 * @module
 */
import { isHandle } from '#generated/runtime/index.js'
import { AccountError } from './errors.js'

/**
 * Names no one may take under a service domain: they read as the operator speaking, or are
 * infrastructure names.
 */
export const RESERVED_HANDLE_NAMES: ReadonlySet<string> = new Set([
  'abuse',
  'account',
  'accounts',
  'admin',
  'administrator',
  'api',
  'atproto',
  'auth',
  'billing',
  'blog',
  'bsky',
  'contact',
  'dev',
  'dns',
  'docs',
  'email',
  'feed',
  'feeds',
  'ftp',
  'help',
  'hostmaster',
  'imap',
  'info',
  'login',
  'mail',
  'mod',
  'moderation',
  'moderator',
  'mx',
  'noreply',
  'ns1',
  'ns2',
  'oauth',
  'official',
  'pds',
  'plc',
  'postmaster',
  'relay',
  'root',
  'security',
  'settings',
  'signup',
  'smtp',
  'staff',
  'status',
  'support',
  'system',
  'team',
  'webmaster',
  'www',
])

/** Top-level domains a handle may not use (special-use names that never resolve publicly). */
const DISALLOWED_TLDS = ['.local', '.arpa', '.invalid', '.localhost', '.internal', '.example', '.alt', '.onion']

const MIN_NAME = 3
const MAX_NAME = 18

/** Handles compare case-insensitively and are stored lower-cased. */
export function normalizeHandle(handle: string): string {
  return handle.toLowerCase()
}

/** The service domain `handle` is under (e.g. `.test`), or undefined. */
export function serviceDomainOf(handle: string, domains: readonly string[]): string | undefined {
  return domains.find((domain) => handle.endsWith(domain) && handle.length > domain.length)
}

/**
 * Checks a normalized handle for an account here: valid syntax; under a service domain, one
 * label of 3 to 18 characters that is not reserved; elsewhere, an allowed top-level domain.
 * Throws {@link AccountError} (`InvalidHandle`).
 *
 * @example
 * checkHandle('alice.test', ['.test']) // ok
 * checkHandle('admin.test', ['.test']) // throws: Reserved handle
 */
export function checkHandle(handle: string, domains: readonly string[]): void {
  if (!isHandle(handle)) throw new AccountError('InvalidHandle', 'Handle is not a valid handle')
  const domain = serviceDomainOf(handle, domains)
  if (domain === undefined) {
    if (DISALLOWED_TLDS.some((tld) => handle.endsWith(tld))) {
      throw new AccountError('InvalidHandle', 'Handle top-level domain is not allowed')
    }
    return
  }
  const name = handle.slice(0, -domain.length)
  if (name.includes('.')) throw new AccountError('InvalidHandle', `Handle must be a single name before ${domain}`)
  if (name.length < MIN_NAME)
    throw new AccountError('InvalidHandle', `Handle is too short: at least ${MIN_NAME} characters before ${domain}`)
  if (name.length > MAX_NAME)
    throw new AccountError('InvalidHandle', `Handle is too long: at most ${MAX_NAME} characters before ${domain}`)
  if (RESERVED_HANDLE_NAMES.has(name)) throw new AccountError('InvalidHandle', 'Reserved handle')
}
