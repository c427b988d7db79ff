/**
 * What a granted scope string allows, with the `transition:*` scopes of the atproto OAuth
 * profile honoured: `transition:generic` allows every repo write, blob and non-chat RPC,
 * `transition:chat.bsky` the chat.bsky RPCs, `transition:email` reading the email.
 *
 * @see https://atproto.com/specs/permission
 * @module
 */
import {
  type AccountAction,
  type AccountAttr,
  formatPermission,
  type IdentityAttr,
  type Permission,
  parsePermission,
  type RepoAction,
} from './permissions.js'

/** A request needs a scope the credentials do not carry; `scope` names the one that would do. */
export class ScopeMissingError extends Error {
  constructor(readonly scope: string) {
    super(`Missing required scope "${scope}"`)
    this.name = 'ScopeMissingError'
  }
}

/**
 * The permissions of one grant. Scope values it does not understand grant nothing.
 *
 * @example
 * const granted = new ScopePermissions('atproto repo:app.bsky.feed.post?action=create')
 * granted.allowsRepo({ collection: 'app.bsky.feed.post', action: 'create' }) // true
 * granted.assertRepo({ collection: 'app.bsky.feed.like', action: 'create' })
 * // throws ScopeMissingError: Missing required scope "repo:app.bsky.feed.like?action=create"
 */
export class ScopePermissions {
  readonly scopes: ReadonlySet<string>
  private readonly permissions: readonly Permission[]

  constructor(scope: string | undefined) {
    this.scopes = new Set((scope ?? '').split(' ').filter((s) => s !== ''))
    this.permissions = [...this.scopes].map(parsePermission).filter((p): p is Permission => p !== null)
  }

  /** Whether the grant carries exactly this scope value. */
  has(scope: string): boolean {
    return this.scopes.has(scope)
  }

  allowsRepo(want: { collection: string; action: RepoAction }): boolean {
    if (this.has('transition:generic')) return true
    return this.permissions.some(
      (p) =>
        p.kind === 'repo' &&
        p.action.includes(want.action) &&
        (p.collection.includes('*') || p.collection.includes(want.collection)),
    )
  }

  allowsBlob(want: { mime: string }): boolean {
    if (this.has('transition:generic')) return true
    const mime = want.mime.toLowerCase()
    return this.permissions.some((p) => p.kind === 'blob' && p.accept.some((accept) => acceptMatches(accept, mime)))
  }

  allowsRpc(want: { lxm: string; aud: string }): boolean {
    const chat = want.lxm.startsWith('chat.bsky.')
    if (this.has('transition:generic') && !chat) return true
    if (this.has('transition:chat.bsky') && chat) return true
    return this.permissions.some(
      (p) =>
        p.kind === 'rpc' && (p.aud === '*' || p.aud === want.aud) && (p.lxm.includes('*') || p.lxm.includes(want.lxm)),
    )
  }

  allowsAccount(want: { attr: AccountAttr; action: AccountAction }): boolean {
    if (want.attr === 'email' && want.action === 'read' && this.has('transition:email')) return true
    return this.permissions.some(
      (p) =>
        p.kind === 'account' && p.attr === want.attr && (p.action.includes('manage') || p.action.includes(want.action)),
    )
  }

  allowsIdentity(want: { attr: IdentityAttr }): boolean {
    return this.permissions.some((p) => p.kind === 'identity' && (p.attr === '*' || p.attr === want.attr))
  }

  /** @throws ScopeMissingError */
  assertRepo(want: { collection: string; action: RepoAction }): void {
    if (!this.allowsRepo(want))
      throw new ScopeMissingError(
        formatPermission({ kind: 'repo', collection: [want.collection], action: [want.action] }),
      )
  }

  /** @throws ScopeMissingError */
  assertBlob(want: { mime: string }): void {
    if (!this.allowsBlob(want)) throw new ScopeMissingError(formatPermission({ kind: 'blob', accept: [want.mime] }))
  }

  /** @throws ScopeMissingError */
  assertRpc(want: { lxm: string; aud: string }): void {
    if (!this.allowsRpc(want))
      throw new ScopeMissingError(formatPermission({ kind: 'rpc', lxm: [want.lxm], aud: want.aud }))
  }

  /** @throws ScopeMissingError */
  assertAccount(want: { attr: AccountAttr; action: AccountAction }): void {
    if (!this.allowsAccount(want))
      throw new ScopeMissingError(formatPermission({ kind: 'account', attr: want.attr, action: [want.action] }))
  }

  /** @throws ScopeMissingError */
  assertIdentity(want: { attr: IdentityAttr }): void {
    if (!this.allowsIdentity(want)) throw new ScopeMissingError(formatPermission({ kind: 'identity', attr: want.attr }))
  }
}

function acceptMatches(accept: string, mime: string): boolean {
  if (accept === '*/*') return true
  if (accept.endsWith('/*')) return mime.startsWith(accept.slice(0, -1))
  return accept === mime
}
