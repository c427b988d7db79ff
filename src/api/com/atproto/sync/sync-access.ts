/**
 * What the com.atproto.sync handlers share: a repo may be exported only while it is hosted
 * here and active.
 *
 * @module
 */
import type { AppContext } from '#src/context.js'
import { InvalidRequestError } from '#src/errors.js'
import type { RepoStatus } from '#src/repo/repo-reader.js'

/**
 * The status of the repo of `did`, which must be hosted here and active.
 *
 * @throws InvalidRequestError named RepoNotFound, RepoTakendown or RepoDeactivated
 */
export async function activeRepo(ctx: AppContext, did: string): Promise<RepoStatus> {
  const status = await ctx.repos.getRepoStatus(did)
  if (!status) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
  if (status.status === 'takendown') throw new InvalidRequestError(`Repo has been taken down: ${did}`, 'RepoTakendown')
  if (status.status === 'deactivated')
    throw new InvalidRequestError(`Repo has been deactivated: ${did}`, 'RepoDeactivated')
  return status
}
