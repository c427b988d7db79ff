/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/hosting/getAccountHistory.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'tools.ozone.hosting.getAccountHistory'

/** Query-string parameters. */
export interface QueryParams {
  did: string
  events?: ('accountCreated' | 'emailUpdated' | 'emailConfirmed' | 'passwordUpdated' | 'handleUpdated' | (string & {}))[]
  cursor?: string
  limit: number
}

/** How each parameter is read from the query string. */
const PARAM_KINDS: rt.ParamKinds = { did: 'string', events: ['string'], cursor: 'string', limit: 'integer' }

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkQueryParams(v: unknown, p: string): QueryParams {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.events
  if (x2 !== undefined) {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/events must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      if (typeof e3 !== 'string') throw rt.invalid(p + '/events' + '/' + i3 + ' must be a string')
    }
  }
  const x4: unknown = o.cursor
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x5: unknown = o.limit
  if (x5 === undefined) {
    (r ??= { ...o })['limit'] = 50
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/limit must be an integer')
    if ((x5 as number) > 100) throw rt.invalid(p + '/limit can not be greater than 100')
    if ((x5 as number) < 1) throw rt.invalid(p + '/limit can not be less than 1')
  }
  return (r ?? o) as unknown as QueryParams
}

export type HandlerInput = undefined

export interface OutputSchema {
  cursor?: string
  events: Event[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkOutputSchema(v: unknown, p: string): OutputSchema {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.cursor
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/cursor must be a string')
  }
  const x2: unknown = o.events
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "events"')
  } else {
    if (!Array.isArray(x2)) throw rt.invalid(p + '/events must be an array')
    for (let i3 = 0; i3 < x2.length; i3++) {
      const e3: unknown = x2[i3]
      try {
        checkEvent(e3, '')
      } catch (err) {
        throw rt.within(err, p + '/events' + '/' + i3)
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

export interface Event {
  $type?: 'tools.ozone.hosting.getAccountHistory#event'
  details: rt.Typed<AccountCreated, 'tools.ozone.hosting.getAccountHistory#accountCreated'> | rt.Typed<EmailUpdated, 'tools.ozone.hosting.getAccountHistory#emailUpdated'> | rt.Typed<EmailConfirmed, 'tools.ozone.hosting.getAccountHistory#emailConfirmed'> | rt.Typed<PasswordUpdated, 'tools.ozone.hosting.getAccountHistory#passwordUpdated'> | rt.Typed<HandleUpdated, 'tools.ozone.hosting.getAccountHistory#handleUpdated'> | rt.UnknownTyped
  createdBy: string
  createdAt: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEvent(v: unknown, p: string): Event {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.details
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "details"')
  } else {
    if (typeof x1 !== 'object' || x1 === null || typeof (x1 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/details must be an object which includes the "$type" property')
    const t2 = (x1 as { $type: string }).$type
    switch (t2) {
      case 'tools.ozone.hosting.getAccountHistory#accountCreated':
        try {
          checkAccountCreated(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      case 'tools.ozone.hosting.getAccountHistory#emailUpdated':
        try {
          checkEmailUpdated(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      case 'tools.ozone.hosting.getAccountHistory#emailConfirmed':
        try {
          checkEmailConfirmed(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      case 'tools.ozone.hosting.getAccountHistory#passwordUpdated':
        try {
          checkPasswordUpdated(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      case 'tools.ozone.hosting.getAccountHistory#handleUpdated':
        try {
          checkHandleUpdated(x1, '')
        } catch (err) {
          throw rt.within(err, p + '/details')
        }
        break
      default:
        if (t2.charCodeAt(0) === 35 || t2.indexOf('#') !== t2.lastIndexOf('#')) throw rt.invalid(p + '/details $type is not a valid type reference')
    }
  }
  const x3: unknown = o.createdBy
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "createdBy"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/createdBy must be a string')
  }
  const x4: unknown = o.createdAt
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as Event
}

/** Validates a value as Event; a failure says where, e.g. "Object/field must be a string". */
export function validateEvent(v: unknown): rt.ValidationResult<Event> {
  return rt.run(checkEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Event; it does not validate it. */
export function isEvent<V>(v: V): v is V & rt.Typed<Event, 'tools.ozone.hosting.getAccountHistory#event'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#event')
}

export interface AccountCreated {
  $type?: 'tools.ozone.hosting.getAccountHistory#accountCreated'
  email?: string
  handle?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccountCreated(v: unknown, p: string): AccountCreated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x2: unknown = o.handle
  if (x2 !== undefined) {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x2)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  return o as unknown as AccountCreated
}

/** Validates a value as AccountCreated; a failure says where, e.g. "Object/field must be a string". */
export function validateAccountCreated(v: unknown): rt.ValidationResult<AccountCreated> {
  return rt.run(checkAccountCreated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AccountCreated; it does not validate it. */
export function isAccountCreated<V>(v: V): v is V & rt.Typed<AccountCreated, 'tools.ozone.hosting.getAccountHistory#accountCreated'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#accountCreated')
}

export interface EmailUpdated {
  $type?: 'tools.ozone.hosting.getAccountHistory#emailUpdated'
  email: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEmailUpdated(v: unknown, p: string): EmailUpdated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "email"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  return o as unknown as EmailUpdated
}

/** Validates a value as EmailUpdated; a failure says where, e.g. "Object/field must be a string". */
export function validateEmailUpdated(v: unknown): rt.ValidationResult<EmailUpdated> {
  return rt.run(checkEmailUpdated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EmailUpdated; it does not validate it. */
export function isEmailUpdated<V>(v: V): v is V & rt.Typed<EmailUpdated, 'tools.ozone.hosting.getAccountHistory#emailUpdated'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#emailUpdated')
}

export interface EmailConfirmed {
  $type?: 'tools.ozone.hosting.getAccountHistory#emailConfirmed'
  email: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEmailConfirmed(v: unknown, p: string): EmailConfirmed {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.email
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "email"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  return o as unknown as EmailConfirmed
}

/** Validates a value as EmailConfirmed; a failure says where, e.g. "Object/field must be a string". */
export function validateEmailConfirmed(v: unknown): rt.ValidationResult<EmailConfirmed> {
  return rt.run(checkEmailConfirmed, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a EmailConfirmed; it does not validate it. */
export function isEmailConfirmed<V>(v: V): v is V & rt.Typed<EmailConfirmed, 'tools.ozone.hosting.getAccountHistory#emailConfirmed'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#emailConfirmed')
}

export interface PasswordUpdated {
  $type?: 'tools.ozone.hosting.getAccountHistory#passwordUpdated'
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkPasswordUpdated(v: unknown, p: string): PasswordUpdated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  return o as unknown as PasswordUpdated
}

/** Validates a value as PasswordUpdated; a failure says where, e.g. "Object/field must be a string". */
export function validatePasswordUpdated(v: unknown): rt.ValidationResult<PasswordUpdated> {
  return rt.run(checkPasswordUpdated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a PasswordUpdated; it does not validate it. */
export function isPasswordUpdated<V>(v: V): v is V & rt.Typed<PasswordUpdated, 'tools.ozone.hosting.getAccountHistory#passwordUpdated'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#passwordUpdated')
}

export interface HandleUpdated {
  $type?: 'tools.ozone.hosting.getAccountHistory#handleUpdated'
  handle: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkHandleUpdated(v: unknown, p: string): HandleUpdated {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.handle
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x1)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  return o as unknown as HandleUpdated
}

/** Validates a value as HandleUpdated; a failure says where, e.g. "Object/field must be a string". */
export function validateHandleUpdated(v: unknown): rt.ValidationResult<HandleUpdated> {
  return rt.run(checkHandleUpdated, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a HandleUpdated; it does not validate it. */
export function isHandleUpdated<V>(v: V): v is V & rt.Typed<HandleUpdated, 'tools.ozone.hosting.getAccountHistory#handleUpdated'> {
  return rt.hasType(v, 'tools.ozone.hosting.getAccountHistory#handleUpdated')
}
