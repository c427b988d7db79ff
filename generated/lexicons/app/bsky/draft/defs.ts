/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/draft/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as ComAtprotoRepoStrongRef from '../../../com/atproto/repo/strongRef.js'
import * as AppBskyFeedPostgate from '../feed/postgate.js'
import * as AppBskyFeedThreadgate from '../feed/threadgate.js'

export const id = 'app.bsky.draft.defs'

/** A draft with an identifier, used to store drafts in private storage (stash). */
export interface DraftWithId {
  $type?: 'app.bsky.draft.defs#draftWithId'
  /** A TID to be used as a draft identifier. */
  id: string
  draft: Draft
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftWithId(v: unknown, p: string): DraftWithId {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
    if (!rt.isTid(x1)) throw rt.invalid(p + '/id must be a valid TID')
  }
  const x2: unknown = o.draft
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "draft"')
  } else {
    try {
      checkDraft(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/draft')
    }
  }
  return o as unknown as DraftWithId
}

/** Validates a value as DraftWithId; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftWithId(v: unknown): rt.ValidationResult<DraftWithId> {
  return rt.run(checkDraftWithId, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftWithId; it does not validate it. */
export function isDraftWithId<V>(v: V): v is V & rt.Typed<DraftWithId, 'app.bsky.draft.defs#draftWithId'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftWithId')
}

/** A draft containing an array of draft posts. */
export interface Draft {
  $type?: 'app.bsky.draft.defs#draft'
  /** UUIDv4 identifier of the device that created this draft. */
  deviceId?: string
  /** The device and/or platform on which the draft was created. */
  deviceName?: string
  /** Array of draft posts that compose this draft. */
  posts: DraftPost[]
  /** Indicates human language of posts primary text content. */
  langs?: string[]
  /** Embedding rules for the postgates to be created when this draft is published. */
  postgateEmbeddingRules?: (rt.Typed<AppBskyFeedPostgate.DisableRule, 'app.bsky.feed.postgate#disableRule'> | rt.UnknownTyped)[]
  /** Allow-rules for the threadgate to be created when this draft is published. */
  threadgateAllow?: (rt.Typed<AppBskyFeedThreadgate.MentionRule, 'app.bsky.feed.threadgate#mentionRule'> | rt.Typed<AppBskyFeedThreadgate.FollowerRule, 'app.bsky.feed.threadgate#followerRule'> | rt.Typed<AppBskyFeedThreadgate.FollowingRule, 'app.bsky.feed.threadgate#followingRule'> | rt.Typed<AppBskyFeedThreadgate.ListRule, 'app.bsky.feed.threadgate#listRule'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraft(v: unknown, p: string): Draft {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.deviceId
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/deviceId must be a string')
    if (x1.length * 3 > 100 && rt.utf8Len(x1) > 100) throw rt.invalid(p + '/deviceId must not be longer than 100 characters')
  }
  const x2: unknown = o.deviceName
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/deviceName must be a string')
    if (x2.length * 3 > 100 && rt.utf8Len(x2) > 100) throw rt.invalid(p + '/deviceName must not be longer than 100 characters')
  }
  const x3: unknown = o.posts
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "posts"')
  } else {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/posts must be an array')
    if (x3.length > 100) throw rt.invalid(p + '/posts must not have more than 100 elements')
    if (x3.length < 1) throw rt.invalid(p + '/posts must not have fewer than 1 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkDraftPost(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/posts' + '/' + i4)
      }
    }
  }
  const x5: unknown = o.langs
  if (x5 !== undefined) {
    if (!Array.isArray(x5)) throw rt.invalid(p + '/langs must be an array')
    if (x5.length > 3) throw rt.invalid(p + '/langs must not have more than 3 elements')
    for (let i6 = 0; i6 < x5.length; i6++) {
      const e6: unknown = x5[i6]
      if (typeof e6 !== 'string') throw rt.invalid(p + '/langs' + '/' + i6 + ' must be a string')
      if (!rt.isLanguage(e6)) throw rt.invalid(p + '/langs' + '/' + i6 + ' must be a well-formed BCP 47 language tag')
    }
  }
  const x7: unknown = o.postgateEmbeddingRules
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/postgateEmbeddingRules must be an array')
    if (x7.length > 5) throw rt.invalid(p + '/postgateEmbeddingRules must not have more than 5 elements')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      if (typeof e8 !== 'object' || e8 === null || typeof (e8 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/postgateEmbeddingRules' + '/' + i8 + ' must be an object which includes the "$type" property')
      const t9 = (e8 as { $type: string }).$type
      switch (t9) {
        case 'app.bsky.feed.postgate#disableRule':
          try {
            AppBskyFeedPostgate.checkDisableRule(e8, '')
          } catch (err) {
            throw rt.within(err, p + '/postgateEmbeddingRules' + '/' + i8)
          }
          break
        default:
          if (t9.charCodeAt(0) === 35 || t9.indexOf('#') !== t9.lastIndexOf('#')) throw rt.invalid(p + '/postgateEmbeddingRules' + '/' + i8 + ' $type is not a valid type reference')
      }
    }
  }
  const x10: unknown = o.threadgateAllow
  if (x10 !== undefined) {
    if (!Array.isArray(x10)) throw rt.invalid(p + '/threadgateAllow must be an array')
    if (x10.length > 5) throw rt.invalid(p + '/threadgateAllow must not have more than 5 elements')
    for (let i11 = 0; i11 < x10.length; i11++) {
      const e11: unknown = x10[i11]
      if (typeof e11 !== 'object' || e11 === null || typeof (e11 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/threadgateAllow' + '/' + i11 + ' must be an object which includes the "$type" property')
      const t12 = (e11 as { $type: string }).$type
      switch (t12) {
        case 'app.bsky.feed.threadgate#mentionRule':
          try {
            AppBskyFeedThreadgate.checkMentionRule(e11, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllow' + '/' + i11)
          }
          break
        case 'app.bsky.feed.threadgate#followerRule':
          try {
            AppBskyFeedThreadgate.checkFollowerRule(e11, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllow' + '/' + i11)
          }
          break
        case 'app.bsky.feed.threadgate#followingRule':
          try {
            AppBskyFeedThreadgate.checkFollowingRule(e11, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllow' + '/' + i11)
          }
          break
        case 'app.bsky.feed.threadgate#listRule':
          try {
            AppBskyFeedThreadgate.checkListRule(e11, '')
          } catch (err) {
            throw rt.within(err, p + '/threadgateAllow' + '/' + i11)
          }
          break
        default:
          if (t12.charCodeAt(0) === 35 || t12.indexOf('#') !== t12.lastIndexOf('#')) throw rt.invalid(p + '/threadgateAllow' + '/' + i11 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as Draft
}

/** Validates a value as Draft; a failure says where, e.g. "Object/field must be a string". */
export function validateDraft(v: unknown): rt.ValidationResult<Draft> {
  return rt.run(checkDraft, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Draft; it does not validate it. */
export function isDraft<V>(v: V): v is V & rt.Typed<Draft, 'app.bsky.draft.defs#draft'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draft')
}

/** One of the posts that compose a draft. */
export interface DraftPost {
  $type?: 'app.bsky.draft.defs#draftPost'
  /** The primary post content. It has a higher limit than post contents to allow storing a larger text that can later be refined into smaller posts. */
  text: string
  /** Self-label values for this post. Effectively content warnings. */
  labels?: rt.Typed<ComAtprotoLabelDefs.SelfLabels, 'com.atproto.label.defs#selfLabels'> | rt.UnknownTyped
  embedImages?: DraftEmbedImage[]
  embedGallery?: DraftEmbedGallery
  embedVideos?: DraftEmbedVideo[]
  embedExternals?: DraftEmbedExternal[]
  embedRecords?: DraftEmbedRecord[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftPost(v: unknown, p: string): DraftPost {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.text
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "text"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/text must be a string')
    if (x1.length * 3 > 10000 && rt.utf8Len(x1) > 10000) throw rt.invalid(p + '/text must not be longer than 10000 characters')
    if (x1.length > 1000 && rt.graphemeLen(x1) > 1000) throw rt.invalid(p + '/text must not be longer than 1000 graphemes')
  }
  const x2: unknown = o.labels
  if (x2 !== undefined) {
    if (typeof x2 !== 'object' || x2 === null || typeof (x2 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/labels must be an object which includes the "$type" property')
    const t3 = (x2 as { $type: string }).$type
    switch (t3) {
      case 'com.atproto.label.defs#selfLabels':
        try {
          ComAtprotoLabelDefs.checkSelfLabels(x2, '')
        } catch (err) {
          throw rt.within(err, p + '/labels')
        }
        break
      default:
        if (t3.charCodeAt(0) === 35 || t3.indexOf('#') !== t3.lastIndexOf('#')) throw rt.invalid(p + '/labels $type is not a valid type reference')
    }
  }
  const x4: unknown = o.embedImages
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/embedImages must be an array')
    if (x4.length > 4) throw rt.invalid(p + '/embedImages must not have more than 4 elements')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      try {
        checkDraftEmbedImage(e5, '')
      } catch (err) {
        throw rt.within(err, p + '/embedImages' + '/' + i5)
      }
    }
  }
  const x6: unknown = o.embedGallery
  if (x6 !== undefined) {
    try {
      checkDraftEmbedGallery(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/embedGallery')
    }
  }
  const x7: unknown = o.embedVideos
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/embedVideos must be an array')
    if (x7.length > 1) throw rt.invalid(p + '/embedVideos must not have more than 1 elements')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        checkDraftEmbedVideo(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/embedVideos' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.embedExternals
  if (x9 !== undefined) {
    if (!Array.isArray(x9)) throw rt.invalid(p + '/embedExternals must be an array')
    if (x9.length > 1) throw rt.invalid(p + '/embedExternals must not have more than 1 elements')
    for (let i10 = 0; i10 < x9.length; i10++) {
      const e10: unknown = x9[i10]
      try {
        checkDraftEmbedExternal(e10, '')
      } catch (err) {
        throw rt.within(err, p + '/embedExternals' + '/' + i10)
      }
    }
  }
  const x11: unknown = o.embedRecords
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/embedRecords must be an array')
    if (x11.length > 1) throw rt.invalid(p + '/embedRecords must not have more than 1 elements')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      try {
        checkDraftEmbedRecord(e12, '')
      } catch (err) {
        throw rt.within(err, p + '/embedRecords' + '/' + i12)
      }
    }
  }
  return o as unknown as DraftPost
}

/** Validates a value as DraftPost; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftPost(v: unknown): rt.ValidationResult<DraftPost> {
  return rt.run(checkDraftPost, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftPost; it does not validate it. */
export function isDraftPost<V>(v: V): v is V & rt.Typed<DraftPost, 'app.bsky.draft.defs#draftPost'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftPost')
}

/** View to present drafts data to users. */
export interface DraftView {
  $type?: 'app.bsky.draft.defs#draftView'
  /** A TID to be used as a draft identifier. */
  id: string
  draft: Draft
  /** The time the draft was created. */
  createdAt: string
  /** The time the draft was last updated. */
  updatedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftView(v: unknown, p: string): DraftView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.id
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "id"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/id must be a string')
    if (!rt.isTid(x1)) throw rt.invalid(p + '/id must be a valid TID')
  }
  const x2: unknown = o.draft
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "draft"')
  } else {
    try {
      checkDraft(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/draft')
    }
  }
  const x3: unknown = o.createdAt
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x3)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x4: unknown = o.updatedAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "updatedAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as DraftView
}

/** Validates a value as DraftView; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftView(v: unknown): rt.ValidationResult<DraftView> {
  return rt.run(checkDraftView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftView; it does not validate it. */
export function isDraftView<V>(v: V): v is V & rt.Typed<DraftView, 'app.bsky.draft.defs#draftView'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftView')
}

export interface DraftEmbedLocalRef {
  $type?: 'app.bsky.draft.defs#draftEmbedLocalRef'
  /** Local, on-device ref to file to be embedded. Embeds are currently device-bound for drafts. */
  path: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedLocalRef(v: unknown, p: string): DraftEmbedLocalRef {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.path
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "path"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/path must be a string')
    if (x1.length < 1 && (x1.length * 3 < 1 || rt.utf8Len(x1) < 1)) throw rt.invalid(p + '/path must not be shorter than 1 characters')
    if (x1.length * 3 > 1024 && rt.utf8Len(x1) > 1024) throw rt.invalid(p + '/path must not be longer than 1024 characters')
  }
  return o as unknown as DraftEmbedLocalRef
}

/** Validates a value as DraftEmbedLocalRef; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedLocalRef(v: unknown): rt.ValidationResult<DraftEmbedLocalRef> {
  return rt.run(checkDraftEmbedLocalRef, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedLocalRef; it does not validate it. */
export function isDraftEmbedLocalRef<V>(v: V): v is V & rt.Typed<DraftEmbedLocalRef, 'app.bsky.draft.defs#draftEmbedLocalRef'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedLocalRef')
}

export interface DraftEmbedCaption {
  $type?: 'app.bsky.draft.defs#draftEmbedCaption'
  lang: string
  content: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedCaption(v: unknown, p: string): DraftEmbedCaption {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lang
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lang"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x1)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x2: unknown = o.content
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "content"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/content must be a string')
    if (x2.length * 3 > 10000 && rt.utf8Len(x2) > 10000) throw rt.invalid(p + '/content must not be longer than 10000 characters')
  }
  return o as unknown as DraftEmbedCaption
}

/** Validates a value as DraftEmbedCaption; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedCaption(v: unknown): rt.ValidationResult<DraftEmbedCaption> {
  return rt.run(checkDraftEmbedCaption, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedCaption; it does not validate it. */
export function isDraftEmbedCaption<V>(v: V): v is V & rt.Typed<DraftEmbedCaption, 'app.bsky.draft.defs#draftEmbedCaption'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedCaption')
}

export interface DraftEmbedGallery {
  $type?: 'app.bsky.draft.defs#draftEmbedGallery'
  items: DraftEmbedGalleryItems
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedGallery(v: unknown, p: string): DraftEmbedGallery {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.items
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "items"')
  } else {
    try {
      checkDraftEmbedGalleryItems(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/items')
    }
  }
  return o as unknown as DraftEmbedGallery
}

/** Validates a value as DraftEmbedGallery; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedGallery(v: unknown): rt.ValidationResult<DraftEmbedGallery> {
  return rt.run(checkDraftEmbedGallery, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedGallery; it does not validate it. */
export function isDraftEmbedGallery<V>(v: V): v is V & rt.Typed<DraftEmbedGallery, 'app.bsky.draft.defs#draftEmbedGallery'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedGallery')
}

/** The schema-level maxLength of 20 is a future-proof ceiling. Clients should currently enforce a soft limit of 10 items in authoring UIs. */
export type DraftEmbedGalleryItems = (rt.Typed<DraftEmbedImage, 'app.bsky.draft.defs#draftEmbedImage'> | rt.UnknownTyped)[]

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedGalleryItems(v: unknown, p: string): DraftEmbedGalleryItems {
  if (!Array.isArray(v)) throw rt.invalid(p + ' must be an array')
  if (v.length > 20) throw rt.invalid(p + ' must not have more than 20 elements')
  for (let i1 = 0; i1 < v.length; i1++) {
    const e1: unknown = v[i1]
    if (typeof e1 !== 'object' || e1 === null || typeof (e1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/' + i1 + ' must be an object which includes the "$type" property')
    const t2 = (e1 as { $type: string }).$type
    switch (t2) {
      case 'app.bsky.draft.defs#draftEmbedImage':
        try {
          checkDraftEmbedImage(e1, '')
        } catch (err) {
          throw rt.within(err, p + '/' + i1)
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/' + i1 + ' $type is not a valid type reference')
    }
  }
  return v as DraftEmbedGalleryItems
}

/** Validates a value as DraftEmbedGalleryItems; a failure says where, e.g. "Value/field must be a string". */
export function validateDraftEmbedGalleryItems(v: unknown): rt.ValidationResult<DraftEmbedGalleryItems> {
  return rt.run(checkDraftEmbedGalleryItems, v, 'Value')
}

export interface DraftEmbedImage {
  $type?: 'app.bsky.draft.defs#draftEmbedImage'
  localRef: DraftEmbedLocalRef
  alt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedImage(v: unknown, p: string): DraftEmbedImage {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.localRef
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "localRef"')
  } else {
    try {
      checkDraftEmbedLocalRef(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/localRef')
    }
  }
  const x2: unknown = o.alt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/alt must be a string')
    if (x2.length > 2000 && rt.graphemeLen(x2) > 2000) throw rt.invalid(p + '/alt must not be longer than 2000 graphemes')
  }
  return o as unknown as DraftEmbedImage
}

/** Validates a value as DraftEmbedImage; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedImage(v: unknown): rt.ValidationResult<DraftEmbedImage> {
  return rt.run(checkDraftEmbedImage, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedImage; it does not validate it. */
export function isDraftEmbedImage<V>(v: V): v is V & rt.Typed<DraftEmbedImage, 'app.bsky.draft.defs#draftEmbedImage'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedImage')
}

export interface DraftEmbedVideo {
  $type?: 'app.bsky.draft.defs#draftEmbedVideo'
  localRef: DraftEmbedLocalRef
  alt?: string
  captions?: DraftEmbedCaption[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedVideo(v: unknown, p: string): DraftEmbedVideo {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.localRef
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "localRef"')
  } else {
    try {
      checkDraftEmbedLocalRef(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/localRef')
    }
  }
  const x2: unknown = o.alt
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/alt must be a string')
    if (x2.length > 2000 && rt.graphemeLen(x2) > 2000) throw rt.invalid(p + '/alt must not be longer than 2000 graphemes')
  }
  const x3: unknown = o.captions
  if (x3 !== undefined) {
    if (!Array.isArray(x3)) throw rt.invalid(p + '/captions must be an array')
    if (x3.length > 20) throw rt.invalid(p + '/captions must not have more than 20 elements')
    for (let i4 = 0; i4 < x3.length; i4++) {
      const e4: unknown = x3[i4]
      try {
        checkDraftEmbedCaption(e4, '')
      } catch (err) {
        throw rt.within(err, p + '/captions' + '/' + i4)
      }
    }
  }
  return o as unknown as DraftEmbedVideo
}

/** Validates a value as DraftEmbedVideo; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedVideo(v: unknown): rt.ValidationResult<DraftEmbedVideo> {
  return rt.run(checkDraftEmbedVideo, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedVideo; it does not validate it. */
export function isDraftEmbedVideo<V>(v: V): v is V & rt.Typed<DraftEmbedVideo, 'app.bsky.draft.defs#draftEmbedVideo'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedVideo')
}

export interface DraftEmbedExternal {
  $type?: 'app.bsky.draft.defs#draftEmbedExternal'
  uri: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedExternal(v: unknown, p: string): DraftEmbedExternal {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/uri must be a uri')
  }
  return o as unknown as DraftEmbedExternal
}

/** Validates a value as DraftEmbedExternal; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedExternal(v: unknown): rt.ValidationResult<DraftEmbedExternal> {
  return rt.run(checkDraftEmbedExternal, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedExternal; it does not validate it. */
export function isDraftEmbedExternal<V>(v: V): v is V & rt.Typed<DraftEmbedExternal, 'app.bsky.draft.defs#draftEmbedExternal'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedExternal')
}

export interface DraftEmbedRecord {
  $type?: 'app.bsky.draft.defs#draftEmbedRecord'
  record: ComAtprotoRepoStrongRef.Main
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkDraftEmbedRecord(v: unknown, p: string): DraftEmbedRecord {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.record
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    try {
      ComAtprotoRepoStrongRef.checkMain(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/record')
    }
  }
  return o as unknown as DraftEmbedRecord
}

/** Validates a value as DraftEmbedRecord; a failure says where, e.g. "Object/field must be a string". */
export function validateDraftEmbedRecord(v: unknown): rt.ValidationResult<DraftEmbedRecord> {
  return rt.run(checkDraftEmbedRecord, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a DraftEmbedRecord; it does not validate it. */
export function isDraftEmbedRecord<V>(v: V): v is V & rt.Typed<DraftEmbedRecord, 'app.bsky.draft.defs#draftEmbedRecord'> {
  return rt.hasType(v, 'app.bsky.draft.defs#draftEmbedRecord')
}
