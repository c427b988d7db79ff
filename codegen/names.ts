/**
 * @module
 * How Lexicon names become file paths and TypeScript identifiers. One place, so
 * every emitter names a thing the same way.
 */

/** `app.bsky.feed.post` -> `app/bsky/feed/post` */
export function nsidPath(nsid: string): string {
  return nsid.split('.').join('/')
}

/** `app.bsky.feed.post` -> `AppBskyFeedPost` (the import alias of a document's module). */
export function nsidAlias(nsid: string): string {
  return nsid
    .split('.')
    .map((part) => pascal(part))
    .join('')
}

/** `replyRef` -> `ReplyRef`; also strips characters an identifier cannot hold. */
export function pascal(name: string): string {
  const clean = name.replace(/[^a-zA-Z0-9_]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))
  return clean.charAt(0).toUpperCase() + clean.slice(1)
}

/** `requestLess` -> `REQUEST_LESS` (tokens are true constants). */
export function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .toUpperCase()
}

/** Names the generator itself declares in a document module; a def must not take one. */
const RESERVED = new Set([
  'QueryParams',
  'InputSchema',
  'OutputSchema',
  'HandlerInput',
  'HandlerOutput',
  'Handler',
  'Method',
  'ErrorName',
  'Message',
])

/**
 * The TypeScript type name of a definition. `main` becomes `Record` for a record and
 * `Main` otherwise; a name that would clash with a generated name gets a `Def` suffix.
 */
export function defTypeName(name: string, type: string): string {
  if (name === 'main') return type === 'record' ? 'Record' : 'Main'
  const base = pascal(name)
  if (RESERVED.has(base) || (base === 'Record' && type !== 'record') || base === 'Main') return `${base}Def`
  return base
}

/** A string as a TypeScript string literal. */
export function lit(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
}

/** A property key, quoted only when it is not a plain identifier. */
export function propKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : lit(key)
}

/** A property access expression on `obj` for `key`. */
export function access(obj: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${obj}.${key}` : `${obj}[${lit(key)}]`
}
