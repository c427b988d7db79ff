/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/importContacts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyContactDefs from './defs.js'

export const id = 'app.bsky.contact.importContacts'

/** Query-string parameters. */
export interface QueryParams {}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = {  }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as QueryParams
}

export interface InputSchema {
  /** JWT to authenticate the call. Use the JWT received as a response to the call to `app.bsky.contact.verifyPhone`. */
  token: string
  /** List of phone numbers in global E.164 format (e.g., '+12125550123'). Phone numbers that cannot be normalized into a valid phone number will be discarded. Should not repeat the 'phone' input used in `app.bsky.contact.verifyPhone`. */
  contacts: string[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkInputSchema(v: unknown, p: string): InputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.token
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "token"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/token must be a string')
  }
  const x2: unknown = o.contacts
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "contacts"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/contacts must be an array')
    if (x2.length > 1000) throw rt.invalid(p + '/contacts must not have more than 1000 elements')
    if (x2.length < 1) throw rt.invalid(p + '/contacts must not have fewer than 1 elements')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/contacts' + '/' + i3 + ' must be a string')
    }
  }
  return o as unknown as InputSchema
}

export interface HandlerInput {
  encoding: 'application/json'
  body: InputSchema
}

export interface OutputSchema {
  /** The users that matched during import and their indexes on the input contacts, so the client can correlate with its local list. */
  matchesAndContactIndexes: AppBskyContactDefs.MatchAndContactIndex[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.matchesAndContactIndexes
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "matchesAndContactIndexes"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/matchesAndContactIndexes must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        AppBskyContactDefs.checkMatchAndContactIndex(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/matchesAndContactIndexes' + '/' + i2)
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
export type ErrorName = 'InvalidDid' | 'InvalidContacts' | 'TooManyContacts' | 'InvalidToken' | 'InternalError'

export const ERRORS: readonly ErrorName[] = ['InvalidDid', 'InvalidContacts', 'TooManyContacts', 'InvalidToken', 'InternalError']

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
export const schema = rt.procedure({
  nsid: id,
  params: { kinds: PARAM_KINDS, check: checkQueryParams },
  input: { encoding: 'application/json', check: checkInputSchema },
  output: { encoding: 'application/json', check: checkOutputSchema },
  errors: ERRORS,
})
