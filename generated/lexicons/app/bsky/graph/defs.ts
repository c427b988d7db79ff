/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ComAtprotoLabelDefs from '../../../com/atproto/label/defs.js'
import * as AppBskyActorDefs from '../actor/defs.js'
import * as AppBskyFeedDefs from '../feed/defs.js'
import * as AppBskyRichtextFacet from '../richtext/facet.js'

export const id = 'app.bsky.graph.defs'

export interface ListViewBasic {
  $type?: 'app.bsky.graph.defs#listViewBasic'
  uri: string
  cid: string
  name: string
  purpose: ListPurpose
  avatar?: string
  listItemCount?: number
  labels?: ComAtprotoLabelDefs.Label[]
  viewer?: ListViewerState
  indexedAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListViewBasic(v: unknown, p: string): ListViewBasic {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.name
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x3.length < 1 && (x3.length * 3 < 1 || rt.utf8Len(x3) < 1)) throw rt.invalid(p + '/name must not be shorter than 1 characters')
    if (x3.length * 3 > 64 && rt.utf8Len(x3) > 64) throw rt.invalid(p + '/name must not be longer than 64 characters')
  }
  const x4: unknown = o.purpose
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "purpose"')
  } else {
    try {
      checkListPurpose(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/purpose')
    }
  }
  const x5: unknown = o.avatar
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x5)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x6: unknown = o.listItemCount
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/listItemCount must be an integer')
    if ((x6 as number) < 0) throw rt.invalid(p + '/listItemCount can not be less than 0')
  }
  const x7: unknown = o.labels
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/labels must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        ComAtprotoLabelDefs.checkLabel(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.viewer
  if (x9 !== undefined) {
    try {
      checkListViewerState(x9, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x10: unknown = o.indexedAt
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ListViewBasic
}

/** Validates a value as ListViewBasic; a failure says where, e.g. "Object/field must be a string". */
export function validateListViewBasic(v: unknown): rt.ValidationResult<ListViewBasic> {
  return rt.run(checkListViewBasic, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListViewBasic; it does not validate it. */
export function isListViewBasic<V>(v: V): v is V & rt.Typed<ListViewBasic, 'app.bsky.graph.defs#listViewBasic'> {
  return rt.hasType(v, 'app.bsky.graph.defs#listViewBasic')
}

export interface ListView {
  $type?: 'app.bsky.graph.defs#listView'
  uri: string
  cid: string
  creator: AppBskyActorDefs.ProfileView
  name: string
  purpose: ListPurpose
  description?: string
  descriptionFacets?: AppBskyRichtextFacet.Main[]
  avatar?: string
  listItemCount?: number
  labels?: ComAtprotoLabelDefs.Label[]
  viewer?: ListViewerState
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListView(v: unknown, p: string): ListView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.creator
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x4: unknown = o.name
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x4.length < 1 && (x4.length * 3 < 1 || rt.utf8Len(x4) < 1)) throw rt.invalid(p + '/name must not be shorter than 1 characters')
    if (x4.length * 3 > 64 && rt.utf8Len(x4) > 64) throw rt.invalid(p + '/name must not be longer than 64 characters')
  }
  const x5: unknown = o.purpose
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "purpose"')
  } else {
    try {
      checkListPurpose(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/purpose')
    }
  }
  const x6: unknown = o.description
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x6.length * 3 > 3000 && rt.utf8Len(x6) > 3000) throw rt.invalid(p + '/description must not be longer than 3000 characters')
    if (x6.length > 300 && rt.graphemeLen(x6) > 300) throw rt.invalid(p + '/description must not be longer than 300 graphemes')
  }
  const x7: unknown = o.descriptionFacets
  if (x7 !== undefined) {
    if (!Array.isArray(x7)) throw rt.invalid(p + '/descriptionFacets must be an array')
    for (let i8 = 0; i8 < x7.length; i8++) {
      const e8: unknown = x7[i8]
      try {
        AppBskyRichtextFacet.checkMain(e8, '')
      } catch (err) {
        throw rt.within(err, p + '/descriptionFacets' + '/' + i8)
      }
    }
  }
  const x9: unknown = o.avatar
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/avatar must be a string')
    if (!rt.isUri(x9)) throw rt.invalid(p + '/avatar must be a uri')
  }
  const x10: unknown = o.listItemCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/listItemCount must be an integer')
    if ((x10 as number) < 0) throw rt.invalid(p + '/listItemCount can not be less than 0')
  }
  const x11: unknown = o.labels
  if (x11 !== undefined) {
    if (!Array.isArray(x11)) throw rt.invalid(p + '/labels must be an array')
    for (let i12 = 0; i12 < x11.length; i12++) {
      const e12: unknown = x11[i12]
      try {
        ComAtprotoLabelDefs.checkLabel(e12, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i12)
      }
    }
  }
  const x13: unknown = o.viewer
  if (x13 !== undefined) {
    try {
      checkListViewerState(x13, '')
    } catch (err) {
      throw rt.within(err, p + '/viewer')
    }
  }
  const x14: unknown = o.indexedAt
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as ListView
}

/** Validates a value as ListView; a failure says where, e.g. "Object/field must be a string". */
export function validateListView(v: unknown): rt.ValidationResult<ListView> {
  return rt.run(checkListView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListView; it does not validate it. */
export function isListView<V>(v: V): v is V & rt.Typed<ListView, 'app.bsky.graph.defs#listView'> {
  return rt.hasType(v, 'app.bsky.graph.defs#listView')
}

export interface ListItemView {
  $type?: 'app.bsky.graph.defs#listItemView'
  uri: string
  subject: AppBskyActorDefs.ProfileView
  /** Set to true when the subject has opted out of appearing in the reference list. Only set when the viewer owns the list. */
  subjectOptedOut?: true
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListItemView(v: unknown, p: string): ListItemView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.subject
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    try {
      AppBskyActorDefs.checkProfileView(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/subject')
    }
  }
  const x3: unknown = o.subjectOptedOut
  if (x3 !== undefined) {
    if (typeof x3 !== 'boolean') throw rt.invalid(p + '/subjectOptedOut must be a boolean')
    if (x3 !== true) throw rt.invalid(p + '/subjectOptedOut must be true')
  }
  return o as unknown as ListItemView
}

/** Validates a value as ListItemView; a failure says where, e.g. "Object/field must be a string". */
export function validateListItemView(v: unknown): rt.ValidationResult<ListItemView> {
  return rt.run(checkListItemView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListItemView; it does not validate it. */
export function isListItemView<V>(v: V): v is V & rt.Typed<ListItemView, 'app.bsky.graph.defs#listItemView'> {
  return rt.hasType(v, 'app.bsky.graph.defs#listItemView')
}

export interface StarterPackView {
  $type?: 'app.bsky.graph.defs#starterPackView'
  uri: string
  cid: string
  record: { [key: string]: unknown }
  creator: AppBskyActorDefs.ProfileViewBasic
  list?: ListViewBasic
  listItemsSample?: ListItemView[]
  feeds?: AppBskyFeedDefs.GeneratorView[]
  joinedWeekCount?: number
  joinedAllTimeCount?: number
  labels?: ComAtprotoLabelDefs.Label[]
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStarterPackView(v: unknown, p: string): StarterPackView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.record
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/record must be an object')
  }
  const x4: unknown = o.creator
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileViewBasic(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x5: unknown = o.list
  if (x5 !== undefined) {
    try {
      checkListViewBasic(x5, '')
    } catch (err) {
      throw rt.within(err, p + '/list')
    }
  }
  const x6: unknown = o.listItemsSample
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/listItemsSample must be an array')
    if (x6.length > 12) throw rt.invalid(p + '/listItemsSample must not have more than 12 elements')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        checkListItemView(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/listItemsSample' + '/' + i7)
      }
    }
  }
  const x8: unknown = o.feeds
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/feeds must be an array')
    if (x8.length > 3) throw rt.invalid(p + '/feeds must not have more than 3 elements')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        AppBskyFeedDefs.checkGeneratorView(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/feeds' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.joinedWeekCount
  if (x10 !== undefined) {
    if (!Number.isInteger(x10)) throw rt.invalid(p + '/joinedWeekCount must be an integer')
    if ((x10 as number) < 0) throw rt.invalid(p + '/joinedWeekCount can not be less than 0')
  }
  const x11: unknown = o.joinedAllTimeCount
  if (x11 !== undefined) {
    if (!Number.isInteger(x11)) throw rt.invalid(p + '/joinedAllTimeCount must be an integer')
    if ((x11 as number) < 0) throw rt.invalid(p + '/joinedAllTimeCount can not be less than 0')
  }
  const x12: unknown = o.labels
  if (x12 !== undefined) {
    if (!Array.isArray(x12)) throw rt.invalid(p + '/labels must be an array')
    for (let i13 = 0; i13 < x12.length; i13++) {
      const e13: unknown = x12[i13]
      try {
        ComAtprotoLabelDefs.checkLabel(e13, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i13)
      }
    }
  }
  const x14: unknown = o.indexedAt
  if (x14 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x14 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x14)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as StarterPackView
}

/** Validates a value as StarterPackView; a failure says where, e.g. "Object/field must be a string". */
export function validateStarterPackView(v: unknown): rt.ValidationResult<StarterPackView> {
  return rt.run(checkStarterPackView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a StarterPackView; it does not validate it. */
export function isStarterPackView<V>(v: V): v is V & rt.Typed<StarterPackView, 'app.bsky.graph.defs#starterPackView'> {
  return rt.hasType(v, 'app.bsky.graph.defs#starterPackView')
}

export interface StarterPackViewBasic {
  $type?: 'app.bsky.graph.defs#starterPackViewBasic'
  uri: string
  cid: string
  record: { [key: string]: unknown }
  creator: AppBskyActorDefs.ProfileViewBasic
  listItemCount?: number
  joinedWeekCount?: number
  joinedAllTimeCount?: number
  labels?: ComAtprotoLabelDefs.Label[]
  indexedAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStarterPackViewBasic(v: unknown, p: string): StarterPackViewBasic {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.uri
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x1)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x2: unknown = o.cid
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "cid"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x2)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x3: unknown = o.record
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "record"')
  } else {
    if (!rt.isPlainObject(x3)) throw rt.invalid(p + '/record must be an object')
  }
  const x4: unknown = o.creator
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "creator"')
  } else {
    try {
      AppBskyActorDefs.checkProfileViewBasic(x4, '')
    } catch (err) {
      throw rt.within(err, p + '/creator')
    }
  }
  const x5: unknown = o.listItemCount
  if (x5 !== undefined) {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/listItemCount must be an integer')
    if ((x5 as number) < 0) throw rt.invalid(p + '/listItemCount can not be less than 0')
  }
  const x6: unknown = o.joinedWeekCount
  if (x6 !== undefined) {
    if (!Number.isInteger(x6)) throw rt.invalid(p + '/joinedWeekCount must be an integer')
    if ((x6 as number) < 0) throw rt.invalid(p + '/joinedWeekCount can not be less than 0')
  }
  const x7: unknown = o.joinedAllTimeCount
  if (x7 !== undefined) {
    if (!Number.isInteger(x7)) throw rt.invalid(p + '/joinedAllTimeCount must be an integer')
    if ((x7 as number) < 0) throw rt.invalid(p + '/joinedAllTimeCount can not be less than 0')
  }
  const x8: unknown = o.labels
  if (x8 !== undefined) {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/labels must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      try {
        ComAtprotoLabelDefs.checkLabel(e9, '')
      } catch (err) {
        throw rt.within(err, p + '/labels' + '/' + i9)
      }
    }
  }
  const x10: unknown = o.indexedAt
  if (x10 === undefined) {
    throw rt.invalid(p + ' must have the property "indexedAt"')
  } else {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/indexedAt must be a string')
    if (!rt.isDatetime(x10)) throw rt.invalid(p + '/indexedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as StarterPackViewBasic
}

/** Validates a value as StarterPackViewBasic; a failure says where, e.g. "Object/field must be a string". */
export function validateStarterPackViewBasic(v: unknown): rt.ValidationResult<StarterPackViewBasic> {
  return rt.run(checkStarterPackViewBasic, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a StarterPackViewBasic; it does not validate it. */
export function isStarterPackViewBasic<V>(v: V): v is V & rt.Typed<StarterPackViewBasic, 'app.bsky.graph.defs#starterPackViewBasic'> {
  return rt.hasType(v, 'app.bsky.graph.defs#starterPackViewBasic')
}

export type ListPurpose = 'app.bsky.graph.defs#modlist' | 'app.bsky.graph.defs#curatelist' | 'app.bsky.graph.defs#referencelist' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListPurpose(v: unknown, p: string): ListPurpose {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as ListPurpose
}

/** Validates a value as ListPurpose; a failure says where, e.g. "Value/field must be a string". */
export function validateListPurpose(v: unknown): rt.ValidationResult<ListPurpose> {
  return rt.run(checkListPurpose, v, 'Value')
}

/** A list of actors to apply an aggregate moderation action (mute/block) on. */
export const MODLIST = 'app.bsky.graph.defs#modlist'

/** A list of actors used for curation purposes such as list feeds or interaction gating. */
export const CURATELIST = 'app.bsky.graph.defs#curatelist'

/** A list of actors used for only for reference purposes such as within a starter pack. */
export const REFERENCELIST = 'app.bsky.graph.defs#referencelist'

export interface ListViewerState {
  $type?: 'app.bsky.graph.defs#listViewerState'
  muted?: boolean
  blocked?: string
  /** The authenticated viewer's app.bsky.graph.referencelistoptout record URI for this reference list. Only set for reference lists. A client can delete this record to undo the opt-out. */
  referenceListOptOut?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListViewerState(v: unknown, p: string): ListViewerState {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.muted
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/muted must be a boolean')
  }
  const x2: unknown = o.blocked
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/blocked must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/blocked must be a valid at-uri')
  }
  const x3: unknown = o.referenceListOptOut
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/referenceListOptOut must be a string')
    if (!rt.isAtUri(x3)) throw rt.invalid(p + '/referenceListOptOut must be a valid at-uri')
  }
  return o as unknown as ListViewerState
}

/** Validates a value as ListViewerState; a failure says where, e.g. "Object/field must be a string". */
export function validateListViewerState(v: unknown): rt.ValidationResult<ListViewerState> {
  return rt.run(checkListViewerState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListViewerState; it does not validate it. */
export function isListViewerState<V>(v: V): v is V & rt.Typed<ListViewerState, 'app.bsky.graph.defs#listViewerState'> {
  return rt.hasType(v, 'app.bsky.graph.defs#listViewerState')
}

/** indicates that a handle or DID could not be resolved */
export interface NotFoundActor {
  $type?: 'app.bsky.graph.defs#notFoundActor'
  actor: string
  notFound: true
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkNotFoundActor(v: unknown, p: string): NotFoundActor {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.actor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actor must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/actor must be a valid did or a handle')
  }
  const x2: unknown = o.notFound
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "notFound"')
  } else {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/notFound must be a boolean')
    if (x2 !== true) throw rt.invalid(p + '/notFound must be true')
  }
  return o as unknown as NotFoundActor
}

/** Validates a value as NotFoundActor; a failure says where, e.g. "Object/field must be a string". */
export function validateNotFoundActor(v: unknown): rt.ValidationResult<NotFoundActor> {
  return rt.run(checkNotFoundActor, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a NotFoundActor; it does not validate it. */
export function isNotFoundActor<V>(v: V): v is V & rt.Typed<NotFoundActor, 'app.bsky.graph.defs#notFoundActor'> {
  return rt.hasType(v, 'app.bsky.graph.defs#notFoundActor')
}

/** lists the bi-directional graph relationships between one actor (not indicated in the object), and the target actors (the DID included in the object) */
export interface Relationship {
  $type?: 'app.bsky.graph.defs#relationship'
  did: string
  /** if the actor follows this DID, this is the AT-URI of the follow record */
  following?: string
  /** if the actor is followed by this DID, contains the AT-URI of the follow record */
  followedBy?: string
  /** if the actor blocks this DID, this is the AT-URI of the block record */
  blocking?: string
  /** if the actor is blocked by this DID, contains the AT-URI of the block record */
  blockedBy?: string
  /** if the actor blocks this DID via a block list, this is the AT-URI of the listblock record */
  blockingByList?: string
  /** if the actor is blocked by this DID via a block list, contains the AT-URI of the listblock record */
  blockedByList?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkRelationship(v: unknown, p: string): Relationship {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.following
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/following must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/following must be a valid at-uri')
  }
  const x3: unknown = o.followedBy
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/followedBy must be a string')
    if (!rt.isAtUri(x3)) throw rt.invalid(p + '/followedBy must be a valid at-uri')
  }
  const x4: unknown = o.blocking
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/blocking must be a string')
    if (!rt.isAtUri(x4)) throw rt.invalid(p + '/blocking must be a valid at-uri')
  }
  const x5: unknown = o.blockedBy
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/blockedBy must be a string')
    if (!rt.isAtUri(x5)) throw rt.invalid(p + '/blockedBy must be a valid at-uri')
  }
  const x6: unknown = o.blockingByList
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/blockingByList must be a string')
    if (!rt.isAtUri(x6)) throw rt.invalid(p + '/blockingByList must be a valid at-uri')
  }
  const x7: unknown = o.blockedByList
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/blockedByList must be a string')
    if (!rt.isAtUri(x7)) throw rt.invalid(p + '/blockedByList must be a valid at-uri')
  }
  return o as unknown as Relationship
}

/** Validates a value as Relationship; a failure says where, e.g. "Object/field must be a string". */
export function validateRelationship(v: unknown): rt.ValidationResult<Relationship> {
  return rt.run(checkRelationship, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Relationship; it does not validate it. */
export function isRelationship<V>(v: V): v is V & rt.Typed<Relationship, 'app.bsky.graph.defs#relationship'> {
  return rt.hasType(v, 'app.bsky.graph.defs#relationship')
}
