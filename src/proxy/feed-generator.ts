/**
 * app.bsky.feed.getFeed is proxied with a token for the feed generator (aud its DID, lxm
 * getFeedSkeleton), which the AppView passes on when it asks the generator for the skeleton.
 *
 * @module
 */
import { InvalidRequestError } from '#src/errors.js'
import type { ProxyTarget } from './targets.js'

/** How {@link feedGeneratorDid} reads the generator record from the target. */
export interface FeedRecordSource {
  fetchJson(target: ProxyTarget, path: string): Promise<unknown>
}

/**
 * The service DID of the feed generator `feed` (an `app.bsky.feed.generator` AT-URI),
 * from its record as the target AppView serves it. Throws 400 UnknownFeed.
 */
export async function feedGeneratorDid(
  source: FeedRecordSource,
  target: ProxyTarget,
  feed: string | null,
): Promise<string> {
  const match = feed ? /^at:\/\/([^/]+)\/(app\.bsky\.feed\.generator)\/([^/?#]+)$/.exec(feed) : null
  if (!match) throw new InvalidRequestError('feed must be the AT-URI of an app.bsky.feed.generator record')
  const [, repo, collection, rkey] = match as unknown as [string, string, string, string]
  const query = new URLSearchParams({ repo, collection, rkey })
  const record = (await source.fetchJson(target, `/xrpc/com.atproto.repo.getRecord?${query}`)) as
    | {
        value?: { did?: unknown }
      }
    | undefined
  const did = record?.value?.did
  if (typeof did !== 'string' || !did.startsWith('did:')) {
    throw new InvalidRequestError('Could not resolve the DID of the feed generator', 'UnknownFeed')
  }
  return did
}
