/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/describeServer.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.server.describeServer'

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

export type HandlerInput = undefined

export interface OutputSchema {
  /** If true, an invite code must be supplied to create an account on this instance. */
  inviteCodeRequired?: boolean
  /** If true, a phone verification token must be supplied to create an account on this instance. */
  phoneVerificationRequired?: boolean
  /** Maximum size of a blob that can be uploaded via com.atproto.repo.uploadBlob, in bytes. */
  blobUploadLimit?: number
  /** List of domain suffixes that can be used in account handles. */
  availableUserDomains: string[]
  /** URLs of service policy documents. */
  links?: Links
  /** Contact information */
  contact?: Contact
  did: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.inviteCodeRequired
  if (x1 !== undefined) {
    if (typeof x1 !== 'boolean') throw rt.invalid(p + '/inviteCodeRequired must be a boolean')
  }
  const x2: unknown = o.phoneVerificationRequired
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/phoneVerificationRequired must be a boolean')
  }
  const x3: unknown = o.blobUploadLimit
  if (x3 !== undefined) {
    if (!Number.isInteger(x3)) throw rt.invalid(p + '/blobUploadLimit must be an integer')
  }
  const x4: unknown = o.availableUserDomains
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "availableUserDomains"')
  } else {
    if (!Array.isArray(x4)) throw rt.invalid(p + '/availableUserDomains must be an array')
    for (let i5 = 0; i5 < x4.length; i5++) {
      const e5: unknown = x4[i5]
      if (typeof e5 !== 'string') throw rt.invalid(p + '/availableUserDomains' + '/' + i5 + ' must be a string')
    }
  }
  const x6: unknown = o.links
  if (x6 !== undefined) {
    try {
      checkLinks(x6, '')
    } catch (err) {
      throw rt.within(err, p + '/links')
    }
  }
  const x7: unknown = o.contact
  if (x7 !== undefined) {
    try {
      checkContact(x7, '')
    } catch (err) {
      throw rt.within(err, p + '/contact')
    }
  }
  const x8: unknown = o.did
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x8)) throw rt.invalid(p + '/did must be a valid did')
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

export interface Links {
  $type?: 'com.atproto.server.describeServer#links'
  privacyPolicy?: string
  termsOfService?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLinks(v: unknown, p: string): Links {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.privacyPolicy
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/privacyPolicy must be a string')
    if (!rt.isUri(x1)) throw rt.invalid(p + '/privacyPolicy must be a uri')
  }
  const x2: unknown = o.termsOfService
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/termsOfService must be a string')
    if (!rt.isUri(x2)) throw rt.invalid(p + '/termsOfService must be a uri')
  }
  return o as unknown as Links
}

/** Validates a value as Links; a failure says where, e.g. "Object/field must be a string". */
export function validateLinks(v: unknown): rt.ValidationResult<Links> {
  return rt.run(checkLinks, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Links; it does not validate it. */
export function isLinks<V>(v: V): v is V & rt.Typed<Links, 'com.atproto.server.describeServer#links'> {
  return rt.hasType(v, 'com.atproto.server.describeServer#links')
}

export interface Contact {
  $type?: 'com.atproto.server.describeServer#contact'
  email?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkContact(v: unknown, p: string): Contact {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  return o as unknown as Contact
}

/** Validates a value as Contact; a failure says where, e.g. "Object/field must be a string". */
export function validateContact(v: unknown): rt.ValidationResult<Contact> {
  return rt.run(checkContact, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Contact; it does not validate it. */
export function isContact<V>(v: V): v is V & rt.Typed<Contact, 'com.atproto.server.describeServer#contact'> {
  return rt.hasType(v, 'com.atproto.server.describeServer#contact')
}
