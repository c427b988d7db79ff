/**
 * Read-after-write, per method: how the caller's records the AppView has not seen yet are
 * laid over its answer (as the reference PDS does).
 *
 * @module
 */
import * as GetProfile from '#generated/lexicons/app/bsky/actor/getProfile.js'
import * as GetProfiles from '#generated/lexicons/app/bsky/actor/getProfiles.js'
import * as GetActorLikes from '#generated/lexicons/app/bsky/feed/getActorLikes.js'
import * as GetAuthorFeed from '#generated/lexicons/app/bsky/feed/getAuthorFeed.js'
import * as GetPostThread from '#generated/lexicons/app/bsky/feed/getPostThread.js'
import * as GetTimeline from '#generated/lexicons/app/bsky/feed/getTimeline.js'
import type { LocalRecord, LocalRecords } from './local-records.js'
import type { LocalViewer } from './local-viewer.js'

type Json = { [key: string]: unknown }

/** Lays `local` over the AppView's `original` answer; `original` passed the output schema. */
export type Munge = (viewer: LocalViewer, original: Json, local: LocalRecords) => Json

/** A method with read-after-write: its output check and its munge. */
export interface ReadAfterWrite {
  check: (value: unknown, path: string) => unknown
  munge: Munge
}

const updateAuthorInFeed = (viewer: LocalViewer, feed: Json[], local: LocalRecords): Json[] => {
  const profile = local.profile?.value
  if (!profile) return feed
  return feed.map((item) => {
    const post = item.post as Json
    const author = post.author as Json
    if (author.did !== viewer.author.did) return item
    return { ...item, post: { ...post, author: viewer.withProfile(author, profile, 'basic') } }
  })
}

const isOwnFeed = (feed: Json[], did: string): boolean => {
  const first = feed[0]
  if (!first) return false
  const reason = first.reason as Json | undefined
  if (!reason) return ((first.post as Json).author as Json).did === did
  return reason.$type === 'app.bsky.feed.defs#reasonRepost' && (reason.by as Json).did === did
}

const timeline: Munge = (viewer, original, local) => ({
  ...original,
  feed: viewer.insertIntoFeed(original.feed as Json[], local.posts),
})

const authorFeed: Munge = (viewer, original, local) => {
  const feed = original.feed as Json[]
  if (!isOwnFeed(feed, viewer.author.did)) return original
  return { ...original, feed: viewer.insertIntoFeed(updateAuthorInFeed(viewer, feed, local), local.posts) }
}

const actorLikes: Munge = (viewer, original, local) => ({
  ...original,
  feed: updateAuthorInFeed(viewer, original.feed as Json[], local),
})

const profile: Munge = (viewer, original, local) => {
  if (!local.profile || original.did !== viewer.author.did) return original
  return viewer.withProfile(original, local.profile.value, 'detailed')
}

const profiles: Munge = (viewer, original, local) => {
  const record = local.profile?.value
  if (!record) return original
  const list = original.profiles as Json[]
  return {
    ...original,
    profiles: list.map((p) => (p.did === viewer.author.did ? viewer.withProfile(p, record, 'detailed') : p)),
  }
}

const postThread: Munge = (viewer, original, local) => {
  const thread = original.thread as Json
  if (thread.$type !== 'app.bsky.feed.defs#threadViewPost') return original
  return { ...original, thread: addRepliesToThread(viewer, thread, local.posts) }
}

/** Puts the local replies belonging to `thread` under their parents. */
export function addRepliesToThread(viewer: LocalViewer, thread: Json, posts: LocalRecord[]): Json {
  const rootPost = thread.post as Json
  const threadRoot = replyRef(rootPost.record)?.root ?? rootPost.uri
  let out = thread
  for (const post of posts) {
    const ref = replyRef(post.value)
    if (!ref || (ref.root !== rootPost.uri && ref.root !== threadRoot)) continue
    out = insertReply(viewer, out, post, ref.parent)
  }
  return out
}

function insertReply(viewer: LocalViewer, view: Json, post: LocalRecord, parent: string): Json {
  const replies = Array.isArray(view.replies) ? (view.replies as Json[]) : undefined
  if ((view.post as Json).uri === parent) {
    const reply = { $type: 'app.bsky.feed.defs#threadViewPost', post: viewer.postView(post) }
    return { ...view, replies: [reply, ...(replies ?? [])] }
  }
  if (!replies) return view
  return {
    ...view,
    replies: replies.map((r) =>
      r.$type === 'app.bsky.feed.defs#threadViewPost' ? insertReply(viewer, r, post, parent) : r,
    ),
  }
}

function replyRef(record: unknown): { root: string; parent: string } | undefined {
  const reply = (record as Json | undefined)?.reply as { root?: Json; parent?: Json } | undefined
  const root = reply?.root?.uri
  const parent = reply?.parent?.uri
  return typeof root === 'string' && typeof parent === 'string' ? { root, parent } : undefined
}

/** The methods whose answers get the caller's unseen records, by NSID. */
export const READ_AFTER_WRITE: Readonly<Record<string, ReadAfterWrite>> = {
  'app.bsky.feed.getTimeline': { check: GetTimeline.checkOutputSchema, munge: timeline },
  'app.bsky.feed.getAuthorFeed': { check: GetAuthorFeed.checkOutputSchema, munge: authorFeed },
  'app.bsky.feed.getActorLikes': { check: GetActorLikes.checkOutputSchema, munge: actorLikes },
  'app.bsky.feed.getPostThread': { check: GetPostThread.checkOutputSchema, munge: postThread },
  'app.bsky.actor.getProfile': { check: GetProfile.checkOutputSchema, munge: profile },
  'app.bsky.actor.getProfiles': { check: GetProfiles.checkOutputSchema, munge: profiles },
}
