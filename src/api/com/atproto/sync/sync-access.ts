/**
 * What the com.atproto.sync handlers share: who may read a repo (see src/admin/availability.ts:
 * an inactive repo only by the admin or its owner) and its head.
 *
 * @module
 */
import type { Request } from 'express'
import { viewerOf } from '#src/admin/availability.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import type { RepoStatus } from '#src/repo/repo-reader.js'

/** The auth of every sync read: none, a session of the account (a taken-down one too), or the admin. */
export const syncReadAuth = ({ ctx, req }: { ctx: AppContext; req: Request }) => ctx.auth.optionalUserOrAdmin({ req })

/**
 * The status and head of the repo of `did`, which the caller may read.
 *
 * @throws InvalidRequestError named RepoNotFound, RepoTakendown or RepoDeactivated
 */
export async function readableSyncRepo(ctx: AppContext, did: string, auth: AuthResult): Promise<RepoStatus> {
  const status = await ctx.repos.getRepoStatus(did)
  ctx.availability.assertSyncReadable(status, did, viewerOf(auth))
  return status as RepoStatus
}
