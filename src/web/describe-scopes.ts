import { parsePermission } from '#src/auth/scopes/index.js'
import type { Messages } from './i18n.js'

/**
 * The requested scopes in plain words, one line per permission, in the page's language.
 * `include:` scopes are named by their permission set's title where it has one.
 *
 * @example
 * describeScopes('atproto transition:generic', en, '@alice.test')
 * // ['Know that you are @alice.test', 'Create, change and delete anything...']
 */
export function describeScopes(
  scope: string,
  t: Messages,
  account: string,
  includeTitles: Readonly<Record<string, string>> = {},
): string[] {
  const lines: string[] = []
  for (const value of scope.split(' ')) {
    const p = parsePermission(value)
    if (!p) continue
    switch (p.kind) {
      case 'static':
        lines.push(
          p.scope === 'atproto'
            ? t.perm.atproto(account)
            : p.scope === 'transition:generic'
              ? t.perm.generic
              : p.scope === 'transition:chat.bsky'
                ? t.perm.chat
                : t.perm.email,
        )
        break
      case 'repo': {
        const joined = p.action.map((a) => t.perm.actions[a]).join(', ')
        const actions = joined.charAt(0).toUpperCase() + joined.slice(1)
        lines.push(p.collection.includes('*') ? t.perm.repoAny(actions) : t.perm.repo(p.collection.join(', '), actions))
        break
      }
      case 'rpc':
        lines.push(t.perm.rpc(p.lxm.join(', '), p.aud === '*' ? t.perm.rpcAnyService : p.aud))
        break
      case 'blob':
        lines.push(t.perm.blob(p.accept.join(', ')))
        break
      case 'account':
        if (p.attr === 'email')
          lines.push(p.action.includes('manage') ? t.perm.accountEmailManage : t.perm.accountEmailRead)
        else if (p.attr === 'repo') lines.push(t.perm.accountRepo)
        else lines.push(t.perm.accountStatus)
        break
      case 'identity':
        lines.push(p.attr === '*' ? t.perm.identityAll : t.perm.identityHandle)
        break
      case 'include':
        lines.push(t.perm.include(includeTitles[p.nsid] ?? p.nsid))
        break
    }
  }
  return [...new Set(lines)]
}
