/**
 * What the com.atproto.repo handlers share: finding the repo a request names, checking the
 * caller may write to it, and turning repo engine errors into XRPC errors.
 *
 * @module
 */
import type { Keypair } from '@atproto/crypto'
import type { rt } from '#generated/index.js'
import type { HostedRepo } from '#src/account/account-service.js'
import type { RepoAction } from '#src/auth/scopes/permissions.js'
import { ScopeMissingError } from '#src/auth/scopes/scope-permissions.js'
import type { AuthResult } from '#src/auth/types.js'
import { BlobNotFoundError } from '#src/blobstore/errors.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, ForbiddenError, InvalidRequestError } from '#src/errors.js'
import { InvalidSwapError, InvalidWriteError, RepoNotFoundError } from '#src/repo/errors.js'

/** The repo named by `repo` (handle or DID), for reading. @throws InvalidRequestError when not hosted here */
export async function readableRepo(ctx: AppContext, repo: string): Promise<HostedRepo> {
  // @NOTE cached (see HostedRepoCache): every write names its repo, and reading the account row
  // again on each one cost ~0.2 ms of server CPU; any committed account change here clears it
  const hosted = await ctx.availability.hostedRepo(repo)
  if (!hosted) throw new InvalidRequestError(`Could not find repo: ${repo}`, 'RepoNotFound')
  return hosted
}

/**
 * The repo named by `repo`, which must be the caller's own and active, with its signing key.
 *
 * `writes` are checked against an OAuth session's repo permissions.
 *
 * @throws AuthRequiredError without an access token, ForbiddenError (403) for another account's repo
 *   or a write the OAuth grant does not allow
 */
export async function writableRepo(
  ctx: AppContext,
  auth: AuthResult,
  repo: string,
  writes: readonly { action: RepoAction; collection: string }[] = [],
): Promise<{ did: string; keypair: Keypair }> {
  if (auth.credentials.type !== 'access') throw new AuthRequiredError('An access token is required to write')
  const oauth = auth.credentials.oauth
  if (oauth) {
    // @NOTE the collections are in the body, so OAuth repo permissions are checked here, per write
    try {
      for (const write of writes) oauth.permissions.assertRepo(write)
    } catch (err) {
      if (err instanceof ScopeMissingError) throw new ForbiddenError(err.message, undefined, { cause: err })
      throw err
    }
  }
  const hosted = await readableRepo(ctx, repo)
  if (hosted.did !== auth.credentials.did) {
    throw new ForbiddenError(`Cannot write to ${repo}: it is not the repo of the authenticated account`)
  }
  ctx.availability.assertWritable(hosted)
  return { did: hosted.did, keypair: await ctx.accounts.signingKey(hosted.did) }
}

/**
 * Maps the repo engine's domain errors to XRPC errors; anything else is returned as is.
 * `error` is the calling method's declared-error helper, which must know `InvalidSwap`.
 *
 * @example
 * throw toRepoXrpcError(err, error) // error from '#generated/lexicons/com/atproto/repo/createRecord.js'
 */
export function toRepoXrpcError(err: unknown, error: rt.DeclaredError<'InvalidSwap'>): unknown {
  // @NOTE a lost swap race is the client's to resolve, so it is a declared 400, not a 500
  if (err instanceof InvalidSwapError) return error('InvalidSwap', err.message, { cause: err })
  if (err instanceof BlobNotFoundError) return new InvalidRequestError(err.message, 'BlobNotFound', { cause: err })
  if (err instanceof InvalidWriteError) return new InvalidRequestError(err.message, undefined, { cause: err })
  if (err instanceof RepoNotFoundError) return new InvalidRequestError(err.message, 'RepoNotFound', { cause: err })
  return err
}
