/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: every record type in lexicons/
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as AppBskyActorContentVisibilityDeclaration from './lexicons/app/bsky/actor/contentVisibilityDeclaration.js'
import * as AppBskyActorProfile from './lexicons/app/bsky/actor/profile.js'
import * as AppBskyActorStatus from './lexicons/app/bsky/actor/status.js'
import * as AppBskyFeedGenerator from './lexicons/app/bsky/feed/generator.js'
import * as AppBskyFeedLike from './lexicons/app/bsky/feed/like.js'
import * as AppBskyFeedPost from './lexicons/app/bsky/feed/post.js'
import * as AppBskyFeedPostgate from './lexicons/app/bsky/feed/postgate.js'
import * as AppBskyFeedRepost from './lexicons/app/bsky/feed/repost.js'
import * as AppBskyFeedThreadgate from './lexicons/app/bsky/feed/threadgate.js'
import * as AppBskyGraphBlock from './lexicons/app/bsky/graph/block.js'
import * as AppBskyGraphFollow from './lexicons/app/bsky/graph/follow.js'
import * as AppBskyGraphList from './lexicons/app/bsky/graph/list.js'
import * as AppBskyGraphListblock from './lexicons/app/bsky/graph/listblock.js'
import * as AppBskyGraphListitem from './lexicons/app/bsky/graph/listitem.js'
import * as AppBskyGraphReferencelistoptout from './lexicons/app/bsky/graph/referencelistoptout.js'
import * as AppBskyGraphStarterpack from './lexicons/app/bsky/graph/starterpack.js'
import * as AppBskyGraphVerification from './lexicons/app/bsky/graph/verification.js'
import * as AppBskyLabelerService from './lexicons/app/bsky/labeler/service.js'
import * as AppBskyNotificationDeclaration from './lexicons/app/bsky/notification/declaration.js'
import * as ChatBskyActorDeclaration from './lexicons/chat/bsky/actor/declaration.js'
import * as ComAtprotoLexiconSchema from './lexicons/com/atproto/lexicon/schema.js'
import * as ComGermnetworkDeclaration from './lexicons/com/germnetwork/declaration.js'
import * as rt from './runtime/index.js'

/** A record collection: its record key type and its validator. */
export interface Collection {
  key: string
  validate: (value: unknown) => rt.ValidationResult<unknown>
}

/** Every record collection of the Lexicon set, by NSID. */
export const collections: { readonly [nsid: string]: Collection | undefined } = {
  'app.bsky.actor.contentVisibilityDeclaration': { key: AppBskyActorContentVisibilityDeclaration.RECORD_KEY, validate: AppBskyActorContentVisibilityDeclaration.validateRecord },
  'app.bsky.actor.profile': { key: AppBskyActorProfile.RECORD_KEY, validate: AppBskyActorProfile.validateRecord },
  'app.bsky.actor.status': { key: AppBskyActorStatus.RECORD_KEY, validate: AppBskyActorStatus.validateRecord },
  'app.bsky.feed.generator': { key: AppBskyFeedGenerator.RECORD_KEY, validate: AppBskyFeedGenerator.validateRecord },
  'app.bsky.feed.like': { key: AppBskyFeedLike.RECORD_KEY, validate: AppBskyFeedLike.validateRecord },
  'app.bsky.feed.post': { key: AppBskyFeedPost.RECORD_KEY, validate: AppBskyFeedPost.validateRecord },
  'app.bsky.feed.postgate': { key: AppBskyFeedPostgate.RECORD_KEY, validate: AppBskyFeedPostgate.validateRecord },
  'app.bsky.feed.repost': { key: AppBskyFeedRepost.RECORD_KEY, validate: AppBskyFeedRepost.validateRecord },
  'app.bsky.feed.threadgate': { key: AppBskyFeedThreadgate.RECORD_KEY, validate: AppBskyFeedThreadgate.validateRecord },
  'app.bsky.graph.block': { key: AppBskyGraphBlock.RECORD_KEY, validate: AppBskyGraphBlock.validateRecord },
  'app.bsky.graph.follow': { key: AppBskyGraphFollow.RECORD_KEY, validate: AppBskyGraphFollow.validateRecord },
  'app.bsky.graph.list': { key: AppBskyGraphList.RECORD_KEY, validate: AppBskyGraphList.validateRecord },
  'app.bsky.graph.listblock': { key: AppBskyGraphListblock.RECORD_KEY, validate: AppBskyGraphListblock.validateRecord },
  'app.bsky.graph.listitem': { key: AppBskyGraphListitem.RECORD_KEY, validate: AppBskyGraphListitem.validateRecord },
  'app.bsky.graph.referencelistoptout': { key: AppBskyGraphReferencelistoptout.RECORD_KEY, validate: AppBskyGraphReferencelistoptout.validateRecord },
  'app.bsky.graph.starterpack': { key: AppBskyGraphStarterpack.RECORD_KEY, validate: AppBskyGraphStarterpack.validateRecord },
  'app.bsky.graph.verification': { key: AppBskyGraphVerification.RECORD_KEY, validate: AppBskyGraphVerification.validateRecord },
  'app.bsky.labeler.service': { key: AppBskyLabelerService.RECORD_KEY, validate: AppBskyLabelerService.validateRecord },
  'app.bsky.notification.declaration': { key: AppBskyNotificationDeclaration.RECORD_KEY, validate: AppBskyNotificationDeclaration.validateRecord },
  'chat.bsky.actor.declaration': { key: ChatBskyActorDeclaration.RECORD_KEY, validate: ChatBskyActorDeclaration.validateRecord },
  'com.atproto.lexicon.schema': { key: ComAtprotoLexiconSchema.RECORD_KEY, validate: ComAtprotoLexiconSchema.validateRecord },
  'com.germnetwork.declaration': { key: ComGermnetworkDeclaration.RECORD_KEY, validate: ComGermnetworkDeclaration.validateRecord },
}
