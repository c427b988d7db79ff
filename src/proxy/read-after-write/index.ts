/**
 * Read-after-write: a user who just posted expects to see the post, but the AppView may
 * not have indexed it yet. Its answer names the last revision of the user's repo it saw
 * (`atproto-repo-rev`); records written after that one are laid over the answer, and
 * `Atproto-Upstream-Lag` says by how much the AppView was behind.
 *
 * @module
 */
import type { Request, Response } from 'express'
import type { AccountService } from '#src/account/account-service.js'
import type { Config } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import { UpstreamFailureError } from '#src/errors.js'
import type { Logger } from '#src/logger.js'
import { decodeBody } from '../encoding.js'
import { readBody, type UpstreamResponse } from '../upstream.js'
import { currentProfile, type LocalRecords, localLag, recordsSinceRev } from './local-records.js'
import { LocalViewer, quotedPostUris } from './local-viewer.js'
import { addRepliesToThread, type ReadAfterWrite } from './mungers.js'

export { READ_AFTER_WRITE, type ReadAfterWrite } from './mungers.js'

/** What read-after-write reads. */
export interface ReadAfterWriteDeps {
  readonly db: Database
  readonly logger: Logger
  readonly accounts: Pick<AccountService, 'getAccount'>
  readonly config: Pick<Config, 'publicUrl' | 'proxy'>
  readonly maxResponseSize: number
  /** Post views from the AppView, by URI (for posts the local posts quote); none on failure. */
  readonly lookupPosts?: (uris: string[]) => Promise<ReadonlyMap<string, { [key: string]: unknown }>>
  /** The AppView's thread of `uri` without replies (the parents of a local reply); undefined on failure. */
  readonly lookupThread?: (uri: string, parentHeight: string | undefined) => Promise<unknown>
}

const isJson = (type: string | string[] | undefined) =>
  typeof type === 'string' && /application\/(?:[\w.+-]+\+)?json/i.test(type)

/**
 * Answers `res` with the upstream's response plus the caller's unseen records, when there
 * are any. Returns false (nothing sent, body untouched) when there is nothing to add.
 */
export async function readAfterWrite(
  deps: ReadAfterWriteDeps,
  method: ReadAfterWrite,
  did: string,
  upstream: UpstreamResponse,
  res: Response,
): Promise<boolean> {
  const rev = upstream.headers['atproto-repo-rev']
  if (typeof rev !== 'string' || !isJson(upstream.headers['content-type'])) return false
  const local = await recordsSinceRev(deps.db, did, rev)
  if (local.count === 0) return false
  const raw = await readBody(upstream.body, deps.maxResponseSize)
  if (!raw) throw new UpstreamFailureError(`The upstream response is larger than ${deps.maxResponseSize} bytes`)
  try {
    const encoding = upstream.headers['content-encoding']
    const decoded = await decodeBody(raw, typeof encoding === 'string' ? encoding : undefined, deps.maxResponseSize)
    const original = JSON.parse(decoded.toString('utf8')) as { [key: string]: unknown }
    // @NOTE an answer that does not match the schema is passed on as it came, never rewritten
    method.check(original, 'Output')
    const viewer = await localViewer(deps, did, local)
    if (!viewer) throw new Error(`no account ${did}`)
    send(res, method.munge(viewer, original, local), localLag(local), upstream.headers['atproto-repo-rev'])
  } catch (err) {
    deps.logger.warn({ err }, 'read-after-write skipped: the upstream answer could not be rewritten')
    res.status(upstream.status)
    for (const name of [
      'content-type',
      'content-encoding',
      'content-language',
      'atproto-repo-rev',
      'atproto-content-labelers',
    ]) {
      const value = upstream.headers[name]
      if (typeof value === 'string') res.setHeader(name, value)
    }
    res.end(raw)
  }
  return true
}

/**
 * getPostThread of the caller's own post that the AppView does not know yet (it answered
 * 400 NotFound): the thread built from local records, or undefined to pass the error on.
 */
export async function threadNotFoundFallback(
  deps: ReadAfterWriteDeps,
  req: Request,
  did: string,
  upstream: UpstreamResponse,
  body: Buffer | undefined,
): Promise<{ body: unknown; lag: number | undefined } | undefined> {
  const rev = upstream.headers['atproto-repo-rev']
  if (typeof rev !== 'string' || !body) return undefined
  try {
    const encoding = upstream.headers['content-encoding']
    const decoded = await decodeBody(body, typeof encoding === 'string' ? encoding : undefined, 64 * 1024)
    if ((JSON.parse(decoded.toString('utf8')) as { error?: unknown }).error !== 'NotFound') return undefined
  } catch {
    return undefined
  }
  const uri = new URL(req.originalUrl, 'http://x').searchParams.get('uri')
  const match = uri ? /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri) : null
  if (!match) return undefined
  const [, host, collection, rkey] = match as unknown as [string, string, string, string]
  const owner = host.startsWith('did:') ? host : (await deps.accounts.getAccount(host))?.did
  if (owner !== did) return undefined
  const local = await recordsSinceRev(deps.db, did, rev)
  const wanted = `at://${did}/${collection}/${rkey}`
  const found = local.posts.find((post) => post.uri === wanted)
  if (!found) return undefined
  const viewer = await localViewer(deps, did, local)
  if (!viewer) return undefined
  const thread = addRepliesToThread(
    viewer,
    { $type: 'app.bsky.feed.defs#threadViewPost', post: viewer.postView(found) },
    local.posts.filter((post) => post !== found),
  )
  // @NOTE a reply's parents come from the AppView (it may know them even if not this post)
  const parentUri = (found.value.reply as { parent?: { uri?: unknown } } | undefined)?.parent?.uri
  if (typeof parentUri === 'string' && deps.lookupThread) {
    const height = new URL(req.originalUrl, 'http://x').searchParams.get('parentHeight') ?? undefined
    const parent = await deps.lookupThread(parentUri, height)
    if (parent) thread.parent = parent
  }
  return { body: { thread }, lag: localLag(local) }
}

async function localViewer(deps: ReadAfterWriteDeps, did: string, local: LocalRecords): Promise<LocalViewer | null> {
  const account = await deps.accounts.getAccount(did)
  if (!account) return null
  const profile = local.profile?.value ?? (await currentProfile(deps.db, did))
  const { publicUrl, proxy } = deps.config
  const uris = quotedPostUris(local.posts)
  const quoted = uris.length > 0 && deps.lookupPosts ? await deps.lookupPosts(uris) : undefined
  return new LocalViewer(
    { did, handle: account.handle ?? 'handle.invalid', profile },
    { publicUrl, cdnUrlPattern: proxy.bskyAppView?.cdnUrlPattern },
    quoted,
  )
}

function send(res: Response, body: unknown, lag: number | undefined, rev: string | string[] | undefined): void {
  if (typeof rev === 'string') res.setHeader('atproto-repo-rev', rev)
  if (lag !== undefined) res.setHeader('Atproto-Upstream-Lag', String(lag))
  res.status(200).json(body)
}
