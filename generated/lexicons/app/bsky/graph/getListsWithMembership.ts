/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/getListsWithMembership.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyGraphDefs from './defs.js'

export const id = 'app.bsky.graph.getListsWithMembership'

/** Query-string parameters. */
export interface QueryParams {
  /** The account (actor) to check for membership. */
  actor: string
  limit: number
  cursor?: string
  /** Optional filter by list purpose. If not specified, all supported types are returned. */
  purposes?: ('modlist' | 'curatelist' | (string & {}))[]
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { actor: 'string', limit: 'integer', cursor: 'string', purposes: ['string'] }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.actor
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "actor"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/actor must be a string')
    if (!rt.isAtIdentifier(x1)) throw rt.invalid(p + '/actor must be a valid did or a handle')
  }
  const x2: unknown = o.limit
  if (x2 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/limit must be an integer')
    if ((x2 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x2 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  const x3: unknown = o.cursor
  if (x3 !== undefined) {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x4: unknown = o.purposes
  if (x4 !== undefined) {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/purposes must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/purposes' + '/' + i5 + ' must be a string')
    }
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  listsWithMembership: ListWithMembership[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.listsWithMembership
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "listsWithMembership"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/listsWithMembership must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkListWithMembership(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/listsWithMembership' + '/' + i3)
      }
    }
  }
  return o as unknown as OutputSchema
}

export interface HandlerOutput {
  encoding: 'application/json'
  body: OutputSchema
  headers?: { [name: string]: string }
}

/** The error names this method declares. */
export type ErrorName = never

export const ERRORS: readonly ErrorName[] = []

/**
 * The XRPC error for one of this method's declared errors, to throw (400 unless `status`
 * says otherwise); no other name compiles.
 */
export const error: rt.DeclaredError<ErrorName> = rt.declaredError

/** The handler of this method, typed by its Lexicon. */
export type Handler<C = unknown, A = unknown> = rt.XrpcHandler<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** The handler, or the handler with its auth verifier and options. */
export type Method<C = unknown, A = unknown> = rt.XrpcMethod<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>

/** This method as @atproto/xrpc-server's `add()` takes it, validating with the checks above. */
export const schema = rt.query({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})

/** A list and an optional list item indicating membership of a target user to that list. */
export interface ListWithMembership {
  $type?: 'app.bsky.graph.getListsWithMembership#listWithMembership'
  list: AppBskyGraphDefs.ListView
  listItem?: AppBskyGraphDefs.ListItemView
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkListWithMembership(v: unknown, p: string): ListWithMembership {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.list
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "list"')
  } else {
    try {
      AppBskyGraphDefs.checkListView(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/list')
    }
  }
  const x2: unknown = o.listItem
  if (x2 !== undefined) {
    try {
      AppBskyGraphDefs.checkListItemView(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/listItem')
    }
  }
  return o as unknown as ListWithMembership
}

/** Validates a value as ListWithMembership; a failure says where, e.g. "Object/field must be a string". */
export function validateListWithMembership(v: unknown): rt.ValidationResult<ListWithMembership> {
  return rt.run(checkListWithMembership, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ListWithMembership; it does not validate it. */
export function isListWithMembership<V>(v: V): v is V & rt.Typed<ListWithMembership, 'app.bsky.graph.getListsWithMembership#listWithMembership'> {
  return rt.hasType(v, 'app.bsky.graph.getListsWithMembership#listWithMembership')
}
