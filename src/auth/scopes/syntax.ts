/**
 * The generic grammar of an OAuth scope value: `resource[:positional][?key=value&...]`.
 * Parsing splits a scope into its parts and nothing more; the typed permissions
 * (repo:, rpc:...) give the parts meaning.
 *
 * @see https://atproto.com/specs/permission
 * @module
 */

/** A scope value split into its resource, positional part and query parameters. */
export interface ScopeSyntax {
  readonly resource: string
  /** The part after `:` (percent-decoded); `undefined` without a `:`. */
  readonly positional: string | undefined
  /** Every query parameter with all of its values, in order (a value-less key maps to `['']`). */
  readonly params: ReadonlyMap<string, readonly string[]>
}

// @NOTE RFC 6749 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ), so no space, `"` or `\`
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/

/**
 * Splits `scope` into its parts, or returns null when it is not a valid scope token
 * (empty, non-ASCII, a space, a bad percent-escape).
 *
 * @example
 * parseScopeSyntax('repo:app.bsky.feed.post?action=create')
 * // { resource: 'repo', positional: 'app.bsky.feed.post', params: Map { action: ['create'] } }
 */
export function parseScopeSyntax(scope: string): ScopeSyntax | null {
  if (!SCOPE_TOKEN.test(scope)) return null
  const queryAt = scope.indexOf('?')
  const head = queryAt === -1 ? scope : scope.slice(0, queryAt)
  const colonAt = head.indexOf(':')
  const resource = colonAt === -1 ? head : head.slice(0, colonAt)
  if (resource === '') return null
  let positional: string | undefined
  const params = new Map<string, string[]>()
  try {
    if (colonAt !== -1) positional = decodeURIComponent(head.slice(colonAt + 1))
    if (queryAt !== -1) {
      for (const pair of scope.slice(queryAt + 1).split('&')) {
        if (pair === '') continue
        const eq = pair.indexOf('=')
        const key = decodeQueryPart(eq === -1 ? pair : pair.slice(0, eq))
        const value = eq === -1 ? '' : decodeQueryPart(pair.slice(eq + 1))
        const values = params.get(key)
        if (values) values.push(value)
        else params.set(key, [value])
      }
    }
  } catch {
    return null
  }
  return { resource, positional, params }
}

// @NOTE unlike form encoding, `+` stays a plus: MIME types such as image/svg+xml use it
function decodeQueryPart(part: string): string {
  return decodeURIComponent(part)
}

/**
 * Formats parts back into a scope value, escaping what needs it (`#` as `%23` and so on).
 * Used to name the scope a request lacks.
 *
 * @example
 * formatScope('rpc', 'app.bsky.feed.getTimeline', [['aud', 'did:web:api.bsky.app#bsky_appview']])
 * // 'rpc:app.bsky.feed.getTimeline?aud=did:web:api.bsky.app%23bsky_appview'
 */
export function formatScope(
  resource: string,
  positional: string | undefined,
  params: readonly (readonly [string, string])[] = [],
): string {
  let out = resource
  if (positional !== undefined) out += `:${escapePart(positional)}`
  if (params.length > 0) out += `?${params.map(([k, v]) => `${escapePart(k)}=${escapePart(v)}`).join('&')}`
  return out
}

// @NOTE characters kept readable in formatted scopes; `?`, `&`, `=` and `#` are always escaped
const KEEP = new Set([':', '/', '*', '+', ',', '@'])

function escapePart(value: string): string {
  let out = ''
  for (const ch of value) out += KEEP.has(ch) ? ch : encodeURIComponent(ch)
  return out
}
