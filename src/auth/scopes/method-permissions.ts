/**
 * Which permission an OAuth credential needs to call a method, decided from the NSID and
 * the request alone (the repo writes, whose collections are in the body, are checked again
 * per write by the handlers through `writableRepo`).
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import { ScopeMissingError, type ScopePermissions } from './scope-permissions.js'

/** Methods any OAuth session may call (reads, and writes checked per record by the handler). */
const OPEN = new Set([
  'com.atproto.server.getSession',
  'com.atproto.server.describeServer',
  'com.atproto.server.checkAccountStatus',
  'com.atproto.repo.createRecord',
  'com.atproto.repo.putRecord',
  'com.atproto.repo.deleteRecord',
  'com.atproto.repo.applyWrites',
  'com.atproto.repo.listMissingBlobs',
  'com.atproto.repo.getRecord',
  'com.atproto.repo.listRecords',
  'com.atproto.repo.describeRepo',
  'com.atproto.identity.resolveHandle',
])

/** Account management an OAuth session may do, and the permission each needs. */
const ACCOUNT: Readonly<Record<string, Parameters<ScopePermissions['assertAccount']>[0]>> = {
  'com.atproto.server.deactivateAccount': { attr: 'status', action: 'manage' },
  'com.atproto.server.activateAccount': { attr: 'status', action: 'manage' },
  'com.atproto.repo.importRepo': { attr: 'repo', action: 'manage' },
}

/** Identity changes and the identity permission each needs. */
const IDENTITY: Readonly<Record<string, Parameters<ScopePermissions['assertIdentity']>[0]>> = {
  'com.atproto.identity.updateHandle': { attr: 'handle' },
  'com.atproto.identity.requestPlcOperationSignature': { attr: '*' },
  'com.atproto.identity.signPlcOperation': { attr: '*' },
  'com.atproto.identity.submitPlcOperation': { attr: '*' },
}

/** The method needs a password session whatever the OAuth grant (app passwords, email, deletion...). */
export class PasswordSessionRequiredError extends Error {
  constructor(readonly nsid: string) {
    super(`${nsid} needs a password session; OAuth apps may not call it`)
    this.name = 'PasswordSessionRequiredError'
  }
}

/**
 * Checks that `permissions` allow calling `nsid`. Proxied methods (anything outside
 * com.atproto) need an `rpc:` permission for the `atproto-proxy` audience.
 *
 * @throws ScopeMissingError naming the scope that would allow it, PasswordSessionRequiredError
 * @example
 * assertMethodAllowed(new ScopePermissions('atproto'), 'com.atproto.server.deactivateAccount', req)
 * // throws: Missing required scope "account:status?action=manage"
 */
export function assertMethodAllowed(permissions: ScopePermissions, nsid: string, req: IncomingMessage): void {
  if (!permissions.has('atproto')) throw new ScopeMissingError('atproto')
  if (OPEN.has(nsid)) return
  const account = ACCOUNT[nsid]
  if (account) {
    permissions.assertAccount(account)
    return
  }
  const identity = IDENTITY[nsid]
  if (identity) {
    permissions.assertIdentity(identity)
    return
  }
  if (nsid === 'com.atproto.repo.uploadBlob') {
    const mime = (req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim() ?? ''
    permissions.assertBlob({ mime })
    return
  }
  if (nsid.startsWith('com.atproto.server.')) throw new PasswordSessionRequiredError(nsid)
  if (
    nsid.startsWith('com.atproto.sync.') ||
    nsid.startsWith('com.atproto.identity.') ||
    nsid.startsWith('com.atproto.repo.')
  ) {
    return
  }
  // @NOTE the proxy decides the audience; without an atproto-proxy header only `aud=*` grants match
  const proxy = req.headers['atproto-proxy']
  permissions.assertRpc({ lxm: nsid, aud: typeof proxy === 'string' ? proxy : '' })
}
