/**
 * Takedowns and deactivation, enforced in one place. Every read path asks this module
 * whether a repo, a record or a blob may be served, and to whom; writes and logins ask
 * whether the account may act. An operator's takedown (`account.takedown_ref`,
 * `record.takedown_ref`, `blob.takedown_ref`) is reversed by clearing the reference, and
 * everything it hid comes back.
 *
 * The rules follow the reference PDS and the account hosting spec ("if an account is not
 * active, the service should not redistribute content for that account"):
 * - com.atproto.repo reads (getRecord, listRecords, describeRepo) serve active accounts only,
 *   to everyone (the reference makes no exception for the owner there);
 * - com.atproto.sync reads (getRepo, getRecord, getBlocks, getLatestCommit, listBlobs,
 *   getBlob) serve an inactive repo to the admin and to the account itself (a
 *   `com.atproto.takendown` session lets a taken-down user export their data);
 * - getRepoStatus and listRepos always answer, with `active: false` and the status;
 * - the firehose withholds `#commit` and `#sync` events of inactive repos, also on replay,
 *   and still sends `#identity` and `#account` (identity and status may be redistributed);
 * - a taken-down record is hidden from everyone on the repo reads, and from everyone but the
 *   admin and its owner on com.atproto.sync.getRecord; it stays in getRepo and getBlocks,
 *   which serve the signed repo whole (as the reference does);
 * - a taken-down blob is served to nobody, and no new record may reference it;
 * - writes and new sessions of a taken-down account fail with `AccountTakedown`;
 * - its handle stops resolving here (resolveHandle, /.well-known/atproto-did).
 *
 * @see https://atproto.com/specs/account#hosting-status
 * @module
 */
import type { HostedRepo } from '#src/account/account-service.js'
import { normalizeHandle } from '#src/account/handle.js'
import type { HostedRepoCache } from '#src/account/hosted-repo-cache.js'
import type { AuthResult } from '#src/auth/types.js'
import type { Database } from '#src/db/database.js'
import { AuthRequiredError, InvalidRequestError } from '#src/errors.js'

/** Who is asking: the admin, an account (by DID), or nobody. */
export interface Viewer {
  readonly admin: boolean
  readonly did?: string
}

/** The viewer of an unauthenticated request. */
export const ANONYMOUS: Viewer = Object.freeze({ admin: false })

/**
 * The viewer a verified request stands for.
 *
 * @example
 * await ctx.availability.syncRepo(params.did, viewerOf(auth))
 */
export function viewerOf(auth: AuthResult): Viewer {
  const { credentials } = auth
  if (credentials.type === 'admin') return { admin: true }
  if (credentials.type === 'access') return { admin: false, did: credentials.did }
  return ANONYMOUS
}

/** Something that knows hosted repos by handle or DID (the account service). */
export interface RepoDirectory {
  resolveRepo(handleOrDid: string): Promise<HostedRepo | null>
}

// @NOTE how stale the firehose's view of inactive repos may get when another process changed
// a status; changes made by this process are seen at once (see `changed`)
const INACTIVE_REFRESH_MS = 2_000

/**
 * `ctx.availability`: the one place that decides what may be served.
 *
 * @example
 * const repo = await ctx.availability.repoRead(params.repo)      // com.atproto.repo.*
 * const status = await ctx.availability.syncRepo(did, viewerOf(auth)) // com.atproto.sync.*
 */
export class Availability {
  #inactive: Set<string> | undefined
  #loadedAt = 0
  #loading: { generation: number; promise: Promise<Set<string>> } | undefined
  #generation = 0

  readonly #cache: HostedRepoCache | undefined

  /** With `cache`, the repo reads' account lookups are cached (see {@link HostedRepoCache}). */
  constructor(
    private readonly db: Database,
    private readonly repos: RepoDirectory,
    opts: { cache?: HostedRepoCache } = {},
  ) {
    this.#cache = opts.cache
  }

  /**
   * The repo a com.atproto.repo read names, which must be active.
   *
   * @throws InvalidRequestError RepoNotFound, RepoTakendown or RepoDeactivated
   */
  async repoRead(handleOrDid: string): Promise<HostedRepo> {
    const repo = await this.#resolve(handleOrDid)
    if (!repo) throw new InvalidRequestError(`Could not find repo: ${handleOrDid}`, 'RepoNotFound')
    assertActive(repo, handleOrDid)
    return repo
  }

  /**
   * The hosted repo named by a handle or DID, whatever its status, or null: what the write
   * path checks before {@link assertWritable}. Cached like the reads' lookups (exact within
   * this process, at most {@link HostedRepoCache}'s TTL behind another process's change).
   */
  hostedRepo(handleOrDid: string): Promise<HostedRepo | null> {
    return this.#resolve(handleOrDid)
  }

  /**
   * The repo a com.atproto.sync read names: active, or seen by the admin or its owner.
   *
   * @throws InvalidRequestError RepoNotFound, RepoTakendown or RepoDeactivated
   */
  async syncRepo(did: string, viewer: Viewer): Promise<HostedRepo> {
    const repo = await this.#resolve(did)
    this.assertSyncReadable(repo, did, viewer)
    return repo as HostedRepo
  }

  /**
   * The rule of {@link syncRepo} for a repo status already read (saves a query on hot paths).
   *
   * @throws InvalidRequestError RepoNotFound, RepoTakendown or RepoDeactivated
   */
  assertSyncReadable(repo: Pick<HostedRepo, 'status'> | null, did: string, viewer: Viewer): void {
    if (!repo) throw new InvalidRequestError(`Could not find repo for DID: ${did}`, 'RepoNotFound')
    if (!seesEverything(viewer, did)) assertActive(repo, did)
  }

  /** Whether the record at `uri` is taken down and `viewer` may not see it anyway. */
  async recordHidden(uri: string, did: string, viewer: Viewer): Promise<boolean> {
    if (seesEverything(viewer, did)) return false
    const row = await this.db.selectFrom('record').select('takedownRef').where('uri', '=', uri).executeTakeFirst()
    return row?.takedownRef != null
  }

  /**
   * Whether the blob is taken down.
   * @NOTE hidden from everyone, its owner and the admin included: the reference PDS moves a
   * taken-down blob's bytes out of reach (and brings them back when the takedown is reversed)
   */
  async blobHidden(did: string, cid: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('blob')
      .select('takedownRef')
      .where('did', '=', did)
      .where('cid', '=', cid)
      .executeTakeFirst()
    return row?.takedownRef != null
  }

  /**
   * Checks that `repo` may be written to (records, blobs).
   *
   * @throws AuthRequiredError AccountTakedown or AccountDeactivated
   */
  assertWritable(repo: Pick<HostedRepo, 'status'>): void {
    if (repo.status === 'takendown') throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
    if (repo.status === 'deactivated') throw new AuthRequiredError('Account is deactivated', 'AccountDeactivated')
  }

  /**
   * {@link assertWritable} for the two writes of an account moving in (importRepo,
   * uploadBlob): they come before activation, so a deactivated account may make them.
   */
  assertMayMoveIn(repo: Pick<HostedRepo, 'status'>): void {
    if (repo.status === 'takendown') throw new AuthRequiredError('Account has been taken down', 'AccountTakedown')
  }

  /**
   * Whether a hosted handle resolves to its account (resolveHandle, /.well-known/atproto-did):
   * not while it is taken down, as the reference answers.
   */
  handleResolves(account: { takedownRef: string | null }): boolean {
    return account.takedownRef === null
  }

  /** The status of an account row, as {@link assertWritable} takes it. */
  statusOf(account: { takedownRef: string | null; deactivatedAt: string | null }): Pick<HostedRepo, 'status'> {
    if (account.takedownRef !== null) return { status: 'takendown' }
    return account.deactivatedAt !== null ? { status: 'deactivated' } : {}
  }

  /**
   * Whether the firehose must withhold the repo content events (`#commit`, `#sync`) of `did`
   * because the account is not active now. Answers from a set of inactive DIDs that is
   * reloaded every couple of seconds and after each change made here.
   */
  withholdsContentOf(did: string): boolean | Promise<boolean> {
    // @NOTE answered at once while the set is fresh: the firehose asks for every frame and subscriber
    if (this.#inactive && Date.now() - this.#loadedAt < INACTIVE_REFRESH_MS) return this.#inactive.has(did)
    return this.#inactiveDids().then((inactive) => inactive.has(did))
  }

  /** Tells the module an account's status just changed in this process. */
  changed(): void {
    this.#generation++
    this.#loadedAt = 0
  }

  #resolve(handleOrDid: string): Promise<HostedRepo | null> {
    if (!this.#cache) return this.repos.resolveRepo(handleOrDid)
    const key = handleOrDid.startsWith('did:') ? handleOrDid : normalizeHandle(handleOrDid)
    return this.#cache.get(key, () => this.repos.resolveRepo(handleOrDid))
  }

  async #inactiveDids(): Promise<Set<string>> {
    if (this.#inactive && Date.now() - this.#loadedAt < INACTIVE_REFRESH_MS) return this.#inactive
    const generation = this.#generation
    // @NOTE a load that started before the latest change may miss it, so it is not shared
    if (this.#loading?.generation !== generation) this.#loading = { generation, promise: this.#load(generation) }
    return this.#loading.promise
  }

  async #load(generation: number): Promise<Set<string>> {
    const startedAt = Date.now()
    try {
      // @NOTE few accounts are inactive at any time; a set of their DIDs is cheaper than a query per event
      const rows = await this.db
        .selectFrom('account')
        .select('did')
        .where((eb) => eb.or([eb('takedownRef', 'is not', null), eb('deactivatedAt', 'is not', null)]))
        .execute()
      const inactive = new Set(rows.map((row) => row.did))
      if (generation === this.#generation) {
        this.#inactive = inactive
        this.#loadedAt = startedAt
      }
      return inactive
    } finally {
      if (this.#loading?.generation === generation) this.#loading = undefined
    }
  }
}

function seesEverything(viewer: Viewer, did: string): boolean {
  return viewer.admin || viewer.did === did
}

function assertActive(repo: Pick<HostedRepo, 'status'>, named: string): void {
  if (repo.status === 'takendown') throw new InvalidRequestError(`Repo has been taken down: ${named}`, 'RepoTakendown')
  if (repo.status === 'deactivated') {
    throw new InvalidRequestError(`Repo has been deactivated: ${named}`, 'RepoDeactivated')
  }
}
