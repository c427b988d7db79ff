/**
 * Every method of the Lexicon set and what this PDS does with it: its handler, or a
 * `proxied` / `unserved` marker (./not-served.ts). `satisfies MethodMap` makes tsc reject a
 * handler whose params, input or output drift from its Lexicon, and a method nobody placed.
 *
 * @module
 */
import type { Server } from '@atproto/xrpc-server'
import { type MethodMap, methods, registerHandlers, servedOf } from '#generated/index.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { weakEtag } from '#src/etag.js'
import { actorHandlers } from './app/bsky/actor/index.js'
import { adminHandlers } from './com/atproto/admin/index.js'
import { identityHandlers } from './com/atproto/identity/index.js'
import { repoHandlers } from './com/atproto/repo/index.js'
import { serverHandlers } from './com/atproto/server/index.js'
import { syncHandlers } from './com/atproto/sync/index.js'
import { lexiconPdsAdminHandlers } from './dev/lexiconpds/admin/index.js'
import { notServedMethods, proxiedFamilies } from './not-served.js'
import { mayThrowUndeclared } from './shared-errors.js'

/** Every method, by NSID: served (its handler), proxied or unserved. */
export const methodMap = {
  // @NOTE first, so the few app.bsky methods served here (preferences) override their family's marker
  ...proxiedFamilies,
  ...notServedMethods,
  ...actorHandlers,
  ...identityHandlers,
  ...repoHandlers,
  ...serverHandlers,
  ...syncHandlers,
  ...adminHandlers,
  ...lexiconPdsAdminHandlers,
} satisfies MethodMap<AppContext, AuthResult>

/** The handlers this PDS serves, by NSID (the methods of {@link methodMap} that are not markers). */
export const handlers = servedOf(methodMap)

/** The methods served here whose family is proxied (app.bsky preferences): forwarded when a header names another service. */
export const servedInProxiedFamilies: readonly string[] = Object.keys(handlers).filter((nsid) =>
  Object.hasOwn(proxiedFamilies, nsid),
)

/** Every method NSID of the Lexicon set (served or not) and its kind. */
export const knownMethods: Readonly<Record<string, { readonly type: 'query' | 'procedure' | 'subscription' }>> = methods

/** Registers {@link handlers} on `server`, each receiving `ctx`. */
export function registerApi(server: Server, ctx: AppContext): void {
  // @NOTE rate-limited methods draw on their budgets after auth and input parsing (keys need both)
  const map: MethodMap<AppContext, AuthResult> = { ...methodMap, ...ctx.limits.wrap(handlers) }
  // @NOTE the development-mode check of thrown error names goes with response validation
  registerHandlers<AppContext, AuthResult>(server, ctx, map, {
    // @NOTE the ETag express gives every other JSON answer (src/not-modified.ts answers 304s)
    etag: weakEtag,
    ...(ctx.config.validateResponse ? { undeclaredErrorAllowed: mayThrowUndeclared, validateEncoded: true } : {}),
  })
}
