/**
 * Every handler this PDS serves, by NSID. `satisfies` makes tsc reject a handler whose
 * params, input or output drift from its Lexicon.
 *
 * @module
 */
import type { Server } from '@atproto/xrpc-server'
import { type Handlers, methods, registerHandlers } from '#generated/index.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { adminHandlers } from './com/atproto/admin/index.js'
import { identityHandlers } from './com/atproto/identity/index.js'
import { repoHandlers } from './com/atproto/repo/index.js'
import { serverHandlers } from './com/atproto/server/index.js'
import { syncHandlers } from './com/atproto/sync/index.js'
import { lexiconPdsAdminHandlers } from './dev/lexiconpds/admin/index.js'

/** The handler map registered on the xrpc server. */
export const handlers = {
  ...identityHandlers,
  ...repoHandlers,
  ...serverHandlers,
  ...syncHandlers,
  ...adminHandlers,
  ...lexiconPdsAdminHandlers,
} satisfies Partial<Handlers<AppContext, AuthResult>>

/** Every method NSID of the Lexicon set (served or not) and its kind. */
export const knownMethods: Readonly<Record<string, { readonly type: 'query' | 'procedure' | 'subscription' }>> = methods

/** Registers {@link handlers} on `server`, each receiving `ctx`. */
export function registerApi(server: Server, ctx: AppContext): void {
  registerHandlers<AppContext, AuthResult>(server, ctx, handlers)
}
