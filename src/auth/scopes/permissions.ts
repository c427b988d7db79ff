/**
 * The typed atproto permissions a scope value can grant: `repo:`, `rpc:`, `blob:`,
 * `account:`, `identity:` and `include:` (a Lexicon permission set), plus the fixed scopes
 * `atproto` and `transition:*`. Parsing is strict: an unknown resource, attribute,
 * parameter or action, a wrong case, or a bad NSID / MIME / DID makes the whole scope invalid.
 *
 * @see https://atproto.com/specs/permission
 * @module
 */
import { isValidNsid } from '@atproto/syntax'
import { formatScope, parseScopeSyntax, type ScopeSyntax } from './syntax.js'

/** Actions a `repo:` permission may allow. */
export const REPO_ACTIONS = ['create', 'update', 'delete'] as const
/** Account attributes (`status` lets an app deactivate the account, as the reference PDS allows). */
export const ACCOUNT_ATTRS = ['email', 'repo', 'status'] as const
/** Actions on an account attribute. */
export const ACCOUNT_ACTIONS = ['read', 'manage'] as const
/** Identity attributes. */
export const IDENTITY_ATTRS = ['handle', '*'] as const
/** The scopes that are not resource permissions. */
export const STATIC_SCOPES = ['atproto', 'transition:generic', 'transition:chat.bsky', 'transition:email'] as const

export type RepoAction = (typeof REPO_ACTIONS)[number]
export type AccountAttr = (typeof ACCOUNT_ATTRS)[number]
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number]
export type IdentityAttr = (typeof IDENTITY_ATTRS)[number]
export type StaticScope = (typeof STATIC_SCOPES)[number]

/** One parsed scope value. */
export type Permission =
  | { readonly kind: 'static'; readonly scope: StaticScope }
  | { readonly kind: 'repo'; readonly collection: readonly string[]; readonly action: readonly RepoAction[] }
  | { readonly kind: 'rpc'; readonly lxm: readonly string[]; readonly aud: string }
  | { readonly kind: 'blob'; readonly accept: readonly string[] }
  | { readonly kind: 'account'; readonly attr: AccountAttr; readonly action: readonly AccountAction[] }
  | { readonly kind: 'identity'; readonly attr: IdentityAttr }
  | { readonly kind: 'include'; readonly nsid: string; readonly aud: string | undefined }

interface ParamRule {
  readonly multiple: boolean
  readonly required: boolean
  readonly valid: (value: string) => boolean
  readonly fallback?: readonly string[]
}

type Rules = Readonly<Record<string, ParamRule>>

const oneOf =
  (values: readonly string[]) =>
  (value: string): boolean =>
    values.includes(value)
const nsidOrStar = (value: string) => value === '*' || isValidNsid(value)

/**
 * Parses one scope value. Returns null for anything that is not a valid atproto scope.
 *
 * @example
 * parsePermission('repo:app.bsky.feed.post?action=create')
 * // { kind: 'repo', collection: ['app.bsky.feed.post'], action: ['create'] }
 * parsePermission('repo:*?action=*') // null
 */
export function parsePermission(scope: string): Permission | null {
  if ((STATIC_SCOPES as readonly string[]).includes(scope)) return { kind: 'static', scope: scope as StaticScope }
  const syntax = parseScopeSyntax(scope)
  if (!syntax) return null
  switch (syntax.resource) {
    case 'repo': {
      const v = readParams(syntax, 'collection', {
        collection: { multiple: true, required: true, valid: nsidOrStar },
        action: { multiple: true, required: false, valid: oneOf(REPO_ACTIONS), fallback: REPO_ACTIONS },
      })
      return v && { kind: 'repo', collection: v.collection ?? [], action: (v.action ?? []) as RepoAction[] }
    }
    case 'rpc': {
      const v = readParams(syntax, 'lxm', {
        lxm: { multiple: true, required: true, valid: nsidOrStar },
        aud: { multiple: false, required: true, valid: (aud) => aud === '*' || isDidServiceRef(aud) },
      })
      if (!v) return null
      const lxm = v.lxm ?? []
      const aud = v.aud?.[0] ?? ''
      // @NOTE "any method at any service" would be transition:generic in disguise, so it is refused
      if (aud === '*' && lxm.includes('*')) return null
      return { kind: 'rpc', lxm, aud }
    }
    case 'blob': {
      const v = readParams(syntax, 'accept', { accept: { multiple: true, required: true, valid: isAcceptPattern } })
      return v && { kind: 'blob', accept: v.accept ?? [] }
    }
    case 'account': {
      const v = readParams(syntax, 'attr', {
        attr: { multiple: false, required: true, valid: oneOf(ACCOUNT_ATTRS) },
        action: { multiple: true, required: false, valid: oneOf(ACCOUNT_ACTIONS), fallback: ['read'] },
      })
      return v && { kind: 'account', attr: v.attr?.[0] as AccountAttr, action: (v.action ?? []) as AccountAction[] }
    }
    case 'identity': {
      const v = readParams(syntax, 'attr', { attr: { multiple: false, required: true, valid: oneOf(IDENTITY_ATTRS) } })
      return v && { kind: 'identity', attr: v.attr?.[0] as IdentityAttr }
    }
    case 'include': {
      const v = readParams(syntax, 'nsid', {
        nsid: { multiple: false, required: true, valid: (nsid) => isValidNsid(nsid) },
        aud: { multiple: false, required: false, valid: isDidServiceRef },
      })
      return v && { kind: 'include', nsid: v.nsid?.[0] as string, aud: v.aud?.[0] }
    }
    default:
      return null
  }
}

/** Whether `scope` is a valid atproto scope value. */
export function isValidScope(scope: string): boolean {
  return parsePermission(scope) !== null
}

/**
 * The scope value that grants exactly `permission` (normalised: defaults left out).
 *
 * @example
 * formatPermission({ kind: 'repo', collection: ['app.bsky.feed.post'], action: ['create'] })
 * // 'repo:app.bsky.feed.post?action=create'
 */
export function formatPermission(permission: Permission): string {
  switch (permission.kind) {
    case 'static':
      return permission.scope
    case 'repo': {
      const actions = permission.action.length === REPO_ACTIONS.length ? [] : permission.action
      return formatMulti(
        'repo',
        'collection',
        permission.collection,
        actions.map((a) => ['action', a] as const),
      )
    }
    case 'rpc':
      return formatMulti('rpc', 'lxm', permission.lxm, [['aud', permission.aud]])
    case 'blob':
      return formatMulti('blob', 'accept', permission.accept, [])
    case 'account': {
      const actions = permission.action.length === 1 && permission.action[0] === 'read' ? [] : permission.action
      return formatScope(
        'account',
        permission.attr,
        actions.map((a) => ['action', a] as const),
      )
    }
    case 'identity':
      return formatScope('identity', permission.attr)
    case 'include':
      return formatScope('include', permission.nsid, permission.aud ? [['aud', permission.aud]] : [])
  }
}

function formatMulti(
  resource: string,
  key: string,
  values: readonly string[],
  rest: readonly (readonly [string, string])[],
): string {
  if (values.length === 1) return formatScope(resource, values[0], rest)
  return formatScope(resource, undefined, [...values.map((v) => [key, v] as const), ...rest])
}

/**
 * Reads the parameters of `syntax` against `rules`; `positional` names the parameter the
 * `:positional` part stands for. Null when a parameter is unknown, repeated where it may
 * not be, invalid, missing, or given both ways.
 */
function readParams(syntax: ScopeSyntax, positional: string, rules: Rules): Record<string, string[]> | null {
  for (const key of syntax.params.keys()) if (!Object.hasOwn(rules, key)) return null
  const out: Record<string, string[]> = {}
  for (const [key, rule] of Object.entries(rules)) {
    let values = syntax.params.get(key) as string[] | undefined
    if (key === positional && syntax.positional !== undefined) {
      if (values !== undefined) return null
      values = [syntax.positional]
    }
    if (values === undefined) {
      if (rule.required) return null
      if (rule.fallback) out[key] = [...rule.fallback]
      continue
    }
    if (values.length === 0 || (!rule.multiple && values.length > 1)) return null
    if (!values.every(rule.valid)) return null
    out[key] = [...new Set(values)]
  }
  return out
}

/** `type/subtype`, `type/*` or `*\/*`, lower-case, one slash, no spaces. */
function isAcceptPattern(value: string): boolean {
  if (value === '*/*') return true
  const match = /^([a-z0-9][a-z0-9!#$&^_.+-]*)\/([a-z0-9][a-z0-9!#$&^_.+-]*|\*)$/.exec(value)
  return match !== null
}

/** `did:plc:...` or `did:web:...` followed by a `#service` fragment. */
function isDidServiceRef(value: string): boolean {
  return /^did:(plc|web):[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]#[a-zA-Z0-9._~-]+$/.test(value)
}
