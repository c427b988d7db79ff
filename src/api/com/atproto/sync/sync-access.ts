/**
 * What the com.atproto.sync handlers share: who may read a repo (see src/admin/availability.ts:
 * an inactive repo only by the admin or its owner) and its head.
 *
 * @module
 */
import { viewerOf } from '#src/admin/availability.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import type { RepoStatus } from '#src/repo/repo-reader.js'

/** The auth of every sync read: none, a session of the account (a taken-down one too), or the admin. */
export const syncReadAuth = ({
  ctx,
  req,
}: {
  ctx: AppContext
  req: Parameters<AppContext['auth']['optional']>[0]['req']
}) => ctx.auth.optionalUserOrAdmin({ req })

/**
 * The status and head of the repo of `did`, which the caller may read.
 *
 * @throws InvalidRequestError named RepoNotFound, RepoTakendown or RepoDeactivated
 */
export async function readableSyncRepo(ctx: AppContext, did: string, auth: AuthResult): Promise<RepoStatus> {
  await ctx.availability.syncRepo(did, viewerOf(auth))
  const status = await ctx.repos.getRepoStatus(did)
  if (!status) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  return status
}
