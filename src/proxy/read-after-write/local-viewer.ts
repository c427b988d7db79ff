/**
 * Views of the caller's own records, shaped like the AppView's (`app.bsky.feed.defs#postView`,
 * profile views), for the records it has not indexed yet.
 *
 * @module
 */
import { format } from 'node:util'
import type { LocalRecord } from './local-records.js'

type Json = { [key: string]: unknown }

/** The image presets of the AppView's CDN. */
type ImagePreset = 'avatar' | 'banner' | 'feed_thumbnail' | 'feed_fullsize'

/** Who the caller is, as far as a view of their post needs. */
export interface LocalAuthor {
  did: string
  handle: string
  /** The current profile record, if any. */
  profile: Json | null
}

/**
 * Builds views of one account's records.
 *
 * @example
 * const viewer = new LocalViewer(author, { publicUrl: config.publicUrl, cdnUrlPattern })
 * const view = viewer.postView(localPost)
 */
export class LocalViewer {
  /**
   * @param quoted views (`app.bsky.feed.defs#postView`) the AppView gave of the posts the local
   * posts quote, by URI; a quote of a post not in it shows as not found
   */
  constructor(
    readonly author: LocalAuthor,
    private readonly images: { publicUrl: string; cdnUrlPattern?: string },
    private readonly quoted: ReadonlyMap<string, Json> = new Map(),
  ) {}

  /** URL of a blob of the author's, through the AppView's CDN when configured, else our getBlob. */
  imageUrl(preset: ImagePreset, cid: string): string {
    const { did } = this.author
    if (this.images.cdnUrlPattern) return format(this.images.cdnUrlPattern, preset, did, cid)
    const query = new URLSearchParams({ did, cid })
    return `${this.images.publicUrl}/xrpc/com.atproto.sync.getBlob?${query}`
  }

  /** `app.bsky.actor.defs#profileViewBasic` of the author. */
  profileBasic(): Json {
    const { did, handle, profile } = this.author
    return this.withProfile({ did, handle }, profile, 'basic')
  }

  /** `app.bsky.feed.defs#postView` of a just-written post (counts are 0: nobody saw it yet). */
  postView(post: LocalRecord): Json {
    const embed = this.embedView(post.value.embed)
    return {
      uri: post.uri,
      cid: post.cid,
      author: this.profileBasic(),
      record: post.value,
      ...(embed ? { embed } : {}),
      replyCount: 0,
      repostCount: 0,
      likeCount: 0,
      quoteCount: 0,
      indexedAt: post.indexedAt,
    }
  }

  /**
   * `view` (a profile view of the author) with the fields of `record` laid over it:
   * display name and avatar (basic), description (view), banner (detailed).
   */
  withProfile(view: Json, record: Json | null, level: 'basic' | 'view' | 'detailed'): Json {
    if (!record) return view
    const out: Json = { ...view }
    setOrDelete(out, 'displayName', typeof record.displayName === 'string' ? record.displayName : undefined)
    setOrDelete(out, 'avatar', this.blobUrl('avatar', record.avatar))
    if (level !== 'basic') {
      setOrDelete(out, 'description', typeof record.description === 'string' ? record.description : undefined)
    }
    if (level === 'detailed') setOrDelete(out, 'banner', this.blobUrl('banner', record.banner))
    return out
  }

  /**
   * Puts views of `posts` into a feed (newest first, as the AppView orders them), skipping
   * those older than the feed's last item (they belong to a later page).
   */
  insertIntoFeed(feed: Json[], posts: LocalRecord[]): Json[] {
    if (posts.length === 0) return feed
    const last = feed.at(-1) as { post?: { indexedAt?: string } } | undefined
    const lastTime = last?.post?.indexedAt ?? new Date(0).toISOString()
    const out = [...feed]
    const seen = new Set(feed.map((item) => (item.post as Json | undefined)?.uri))
    for (const post of [...posts].reverse()) {
      if (post.indexedAt <= lastTime || seen.has(post.uri)) continue
      const view = this.postView(post)
      const at = out.findIndex((item) => String((item.post as Json | undefined)?.indexedAt ?? '') < post.indexedAt)
      if (at >= 0) out.splice(at, 0, { post: view })
      else out.push({ post: view })
    }
    return out
  }

  private embedView(embed: unknown): Json | undefined {
    if (!isJson(embed)) return undefined
    switch (embed.$type) {
      case 'app.bsky.embed.images':
        return this.imagesView(embed)
      case 'app.bsky.embed.external':
        return this.externalView(embed)
      case 'app.bsky.embed.record':
        return recordView(embed, this.quoted)
      case 'app.bsky.embed.recordWithMedia': {
        const media = isJson(embed.media)
          ? embed.media.$type === 'app.bsky.embed.images'
            ? this.imagesView(embed.media)
            : embed.media.$type === 'app.bsky.embed.external'
              ? this.externalView(embed.media)
              : undefined
          : undefined
        const record = isJson(embed.record) ? recordView(embed.record, this.quoted) : undefined
        return media && record ? { $type: 'app.bsky.embed.recordWithMedia#view', record, media } : undefined
      }
      default:
        return undefined
    }
  }

  private imagesView(embed: Json): Json {
    const images = (Array.isArray(embed.images) ? embed.images : []).filter(isJson).map((img) => {
      const cid = blobCid(img.image) ?? ''
      return {
        thumb: this.imageUrl('feed_thumbnail', cid),
        fullsize: this.imageUrl('feed_fullsize', cid),
        alt: typeof img.alt === 'string' ? img.alt : '',
        ...(isJson(img.aspectRatio) ? { aspectRatio: img.aspectRatio } : {}),
      }
    })
    return { $type: 'app.bsky.embed.images#view', images }
  }

  private externalView(embed: Json): Json | undefined {
    const external = embed.external
    if (!isJson(external)) return undefined
    const thumb = this.blobUrl('feed_thumbnail', external.thumb)
    return {
      $type: 'app.bsky.embed.external#view',
      external: {
        uri: external.uri,
        title: external.title,
        description: external.description,
        ...(thumb ? { thumb } : {}),
      },
    }
  }

  private blobUrl(preset: ImagePreset, blob: unknown): string | undefined {
    const cid = blobCid(blob)
    return cid ? this.imageUrl(preset, cid) : undefined
  }
}

/** The view of a quote: the quoted post as the AppView showed it, else "not found" (as the reference does). */
function recordView(embed: Json, quoted: ReadonlyMap<string, Json>): Json | undefined {
  const record = embed.record
  if (!isJson(record) || typeof record.uri !== 'string') return undefined
  const post = quoted.get(record.uri)
  if (!post) {
    return {
      $type: 'app.bsky.embed.record#view',
      record: { $type: 'app.bsky.embed.record#viewNotFound', uri: record.uri, notFound: true },
    }
  }
  return {
    $type: 'app.bsky.embed.record#view',
    record: {
      $type: 'app.bsky.embed.record#viewRecord',
      uri: post.uri,
      cid: post.cid,
      author: post.author,
      value: post.record,
      ...(Array.isArray(post.labels) ? { labels: post.labels } : {}),
      ...(isJson(post.embed) ? { embeds: [post.embed] } : {}),
      indexedAt: post.indexedAt,
    },
  }
}

/** The AT-URIs of the posts that `posts` quote (record and record-with-media embeds). */
export function quotedPostUris(posts: readonly { value: Json }[]): string[] {
  const uris = new Set<string>()
  for (const { value } of posts) {
    const embed = value.embed
    if (!isJson(embed)) continue
    const ref =
      embed.$type === 'app.bsky.embed.recordWithMedia' && isJson(embed.record) ? embed.record.record : embed.record
    if (isJson(ref) && typeof ref.uri === 'string' && ref.uri.includes('/app.bsky.feed.post/')) uris.add(ref.uri)
  }
  return [...uris]
}

/** The CID of a blob in JSON form (`{ ref: { $link } }`, or the legacy `{ cid }`). */
function blobCid(blob: unknown): string | undefined {
  if (!isJson(blob)) return undefined
  if (isJson(blob.ref) && typeof blob.ref.$link === 'string') return blob.ref.$link
  return typeof blob.cid === 'string' ? blob.cid : undefined
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function setOrDelete(target: Json, key: string, value: unknown): void {
  if (value === undefined) delete target[key]
  else target[key] = value
}
