/**
 * @module
 * Generated methods on @atproto/xrpc-server: the typed handler signatures, and the
 * method descriptions its `add()` takes, wired to the generated checks so requests
 * and responses are validated by code specialised for each schema.
 */
import { Buffer } from 'node:buffer'
import type { IncomingMessage } from 'node:http'
import type { Readable } from 'node:stream'
import { InternalServerError, InvalidRequestError, ResponseType, type Server, XRPCError } from '@atproto/xrpc-server'
import type { Request, Response } from 'express'
import type { Check } from './check.js'
import { assertLexData } from './data.js'
import { ValidationError } from './validation.js'

/** How a query-string parameter is read: its Lexicon type, or `[type]` for a repeated one. */
export type ParamKinds = { readonly [name: string]: string | readonly [string] }

/** A declared error a handler may return instead of throwing. */
export interface HandlerError<E extends string = string> {
  status: number
  error?: E
  message?: string
}

/** What a method handler receives. `ctx` is the application's context, given at registration. */
export interface XrpcHandlerContext<C, A, P, I> {
  ctx: C
  auth: A
  params: P
  input: I
  req: Request
  res: Response
  resetRouteRateLimits: () => Promise<void>
}

/**
 * A method handler: returns the output (or nothing, for methods without one), a JSON output
 * it encoded itself ({@link encodedJson}), or a declared error.
 */
export type XrpcHandler<C, A, P, I, O, E extends string> = (
  ctx: XrpcHandlerContext<C, A, P, I>,
) => Promise<O | EncodedOf<O> | HandlerError<E>> | O | EncodedOf<O> | HandlerError<E>

/** The {@link EncodedJson} form of a JSON output `O`. */
export type EncodedOf<O> = O extends { encoding: 'application/json'; body: infer B } ? EncodedJson<B> : never

/** A JSON output body its handler encoded itself; see {@link encodedJson}. */
export class EncodedJson<B> {
  /** @internal */
  constructor(
    readonly json: string,
    readonly checked: B,
  ) {}
}

/**
 * A JSON output answered as the text `json`, which the handler wrote (from stored JSON-ready
 * pieces, say) instead of returning the body for the server to convert and stringify.
 * `checked` is what the Lexicon check of the output sees when responses are validated: the
 * body itself, or a stand-in for it that agrees with `json` on every part the check reads.
 * @example
 *   return rt.encodedJson(`{"uri":${JSON.stringify(uri)},"value":${valueJson}}`, { uri, value: {} })
 */
export function encodedJson<B>(json: string, checked: B): EncodedJson<B> {
  return new EncodedJson(json, checked)
}

/** What an auth verifier receives; it returns the credentials the handler gets as `auth`, or throws. */
export interface AuthContext<C = unknown, P = unknown> {
  ctx: C
  req: Request
  res: Response
  params: P
}

/** A method: its handler alone, or with an auth verifier and options. */
export type XrpcMethod<C, A, P, I, O, E extends string> =
  | XrpcHandler<C, A, P, I, O, E>
  | {
      auth?: (ctx: AuthContext<C, P>) => Promise<A> | A
      handler: XrpcHandler<C, A, P, I, O, E>
      opts?: { blobLimit?: number; jsonLimit?: number }
    }

/**
 * A method this server does not implement, in the map of every method: `proxied` (forwarded
 * to the service named) or `unserved` (answered 501, for the reason given).
 */
export interface NotServed {
  readonly notServed: 'proxied' | 'unserved'
  /** the service a proxied method goes to, or why a method is not served */
  readonly why: string
}

/**
 * Marks a method as forwarded to another service.
 * @example
 *   'com.atproto.moderation.createReport': rt.proxied('the report service')
 */
export function proxied(service: string): NotServed {
  return Object.freeze({ notServed: 'proxied', why: service })
}

/**
 * Marks a method as deliberately not served here, with the reason (the 501 says it).
 * @example
 *   'com.atproto.sync.listHosts': rt.unserved('a relay method: a PDS has no hosts')
 */
export function unserved(reason: string): NotServed {
  return Object.freeze({ notServed: 'unserved', why: reason })
}

/** Whether a map entry is a {@link NotServed} marker rather than a method. */
export function isNotServed(entry: unknown): entry is NotServed {
  return typeof entry === 'object' && entry !== null && 'notServed' in entry
}

/** Options of a thrown declared error: its HTTP status (400 unless given) and its cause. */
export interface DeclaredErrorOptions {
  status?: ResponseType
  cause?: unknown
}

/** Builds an XRPC error named after one of a method's declared errors, `E`. */
export type DeclaredError<E extends string> = (name: E, message: string, options?: DeclaredErrorOptions) => XRPCError

/**
 * The XRPC error for declared error `name`: each method module exports it typed by that
 * method's `ErrorName`, so a handler cannot throw a name its Lexicon does not declare.
 * @example
 *   throw error('InvalidSwap', 'Commit was at a different CID', { cause: err })
 */
export function declaredError(name: string, message: string, options: DeclaredErrorOptions = {}): XRPCError {
  const { status = ResponseType.InvalidRequest, cause } = options
  return new XRPCError(status, message, name, cause === undefined ? undefined : { cause })
}

/** The error names any method may answer with: XRPC's own (one per HTTP status it knows) and the token errors. */
export const GENERIC_ERRORS: ReadonlySet<string> = new Set([
  ...Object.keys(ResponseType).filter((key) => Number.isNaN(Number(key))),
  'AuthRequired',
  'InvalidToken',
  'ExpiredToken',
])

/** Options of {@link addMethod}. */
export interface AddMethodOptions {
  /**
   * When set, an XRPCError thrown by a handler must carry no name, a generic one
   * ({@link GENERIC_ERRORS}), one its method declares, or one this allows for the method; any
   * other becomes a 500 logged with the method and the name (a development-mode check, like
   * response validation).
   */
  readonly undeclaredErrorAllowed?: (nsid: string, name: string) => boolean
  /**
   * Check the `checked` body of an {@link EncodedJson} output against the Lexicon (a server
   * validating responses checks every other output itself, but answers encoded ones as they are).
   */
  readonly validateEncoded?: boolean
  /**
   * The ETag of an {@link EncodedJson} answer's bytes, sent with it (express makes one for every
   * other JSON answer; xrpc-server sends pass-through bytes as they are). Unset, none is sent.
   */
  readonly etag?: (body: Buffer) => string
}

/** What a subscription handler receives. */
export interface StreamHandlerContext<C, A, P> {
  ctx: C
  auth: A
  params: P
  req: IncomingMessage
  signal: AbortSignal
}

/** A subscription handler: yields the messages to send, in order. */
export type StreamHandler<C, A, P, M> = (ctx: StreamHandlerContext<C, A, P>) => AsyncIterable<M>

/** A subscription: its handler alone, or with an auth verifier. */
export type StreamMethod<C, A, P, M> =
  | StreamHandler<C, A, P, M>
  | { auth?: (ctx: { ctx: C; req: IncomingMessage; params: P }) => Promise<A> | A; handler: StreamHandler<C, A, P, M> }

interface ParamsSpec<P> {
  kinds: ParamKinds
  check: Check<P>
}

interface BodySpec {
  encoding: string
  check: Check<unknown> | undefined
}

/** A method description in the shape @atproto/xrpc-server's `add()` reads. */
export interface MethodSchema {
  readonly type: 'query' | 'procedure' | 'subscription'
  readonly nsid: string
  readonly errors: readonly string[]
  readonly output?: {
    readonly schema: { safeValidate(value: unknown): { success: boolean; reason?: Error } } | undefined
  }
}

/** Describes a query. */
export function query<P>(spec: { nsid: string; params: ParamsSpec<P>; output?: BodySpec; errors: readonly string[] }) {
  return {
    type: 'query' as const,
    nsid: spec.nsid,
    errors: spec.errors,
    parameters: paramsReader(spec.params),
    output: payload(spec.output, 'Output'),
  }
}

/** Describes a procedure. */
export function procedure<P>(spec: {
  nsid: string
  params: ParamsSpec<P>
  input?: BodySpec
  output?: BodySpec
  errors: readonly string[]
}) {
  return {
    type: 'procedure' as const,
    nsid: spec.nsid,
    errors: spec.errors,
    parameters: paramsReader(spec.params),
    input: payload(spec.input, 'Input'),
    output: payload(spec.output, 'Output'),
  }
}

/** Describes a subscription. */
export function subscription<P>(spec: {
  nsid: string
  params: ParamsSpec<P>
  message: Check<unknown> | undefined
  errors: readonly string[]
}) {
  const check = spec.message
  return {
    type: 'subscription' as const,
    nsid: spec.nsid,
    errors: spec.errors,
    parameters: paramsReader(spec.params),
    message: check ? { validate: oncePerMessage(check) } : undefined,
  }
}

/**
 * The message check, run once per message object: a frame shared by every subscriber (the
 * firehose encodes each event once) is handed to the check once per subscriber it is sent to,
 * and with hundreds of subscribers the checks would cost more than the sending.
 * @NOTE only a message that passed is remembered, so a bad one fails for every subscriber
 */
function oncePerMessage(check: Check<unknown>): (value: unknown) => unknown {
  const passed = new WeakMap<object, unknown>()
  return (value) => {
    if (typeof value !== 'object' || value === null) return check(value, 'Message')
    if (passed.has(value)) return passed.get(value)
    const checked = check(value, 'Message')
    passed.set(value, checked)
    return checked
  }
}

/**
 * Registers one generated method on an xrpc-server Server, passing `appContext` to its
 * handler as `ctx`.
 */
export function addMethod<C>(
  server: Server,
  schema: MethodSchema,
  appContext: C,
  method: unknown,
  options: AddMethodOptions = {},
): void {
  const config = (typeof method === 'function' ? { handler: method } : method) as {
    handler: (ctx: object) => unknown
    auth?: (ctx: object) => unknown
    [key: string]: unknown
  }
  const { handler, auth } = config
  // @NOTE add() is typed for @atproto/lex-schema objects; ours has the same shape, built from our checks
  const add = server.add.bind(server) as unknown as (schema: MethodSchema, config: object) => void
  add(schema, {
    ...config,
    ...(auth ? { auth: (ctx: object) => auth({ ...ctx, ctx: appContext }) } : {}),
    handler: checkingErrors(
      schema,
      options,
      answeringEncoded(schema, options, (ctx: object) => handler({ ...ctx, ctx: appContext })),
    ),
  })
}

/**
 * Hands an {@link EncodedJson} output to xrpc-server as a pass-through buffer, which it sends
 * as is, after checking it when asked (a failed check is a 500, as xrpc-server's own is), with
 * its ETag when asked.
 */
function answeringEncoded(
  schema: MethodSchema,
  options: AddMethodOptions,
  run: (ctx: object) => unknown,
): (ctx: object) => unknown {
  if (schema.type === 'subscription') return run
  const check = options.validateEncoded ? schema.output?.schema : undefined
  return async (ctx) => {
    const output = await run(ctx)
    if (!(output instanceof EncodedJson)) return output
    if (check) {
      const result = check.safeValidate(output.checked)
      if (!result.success) throw new InternalServerError(result.reason?.message, undefined, { cause: result.reason })
    }
    const buffer = Buffer.from(output.json)
    if (!options.etag) return { encoding: 'application/json', buffer }
    return { encoding: 'application/json', buffer, headers: { etag: options.etag(buffer) } }
  }
}

function checkingErrors<F extends (ctx: object) => unknown>(
  schema: MethodSchema,
  options: AddMethodOptions,
  run: F,
): F {
  const extra = options.undeclaredErrorAllowed
  if (extra === undefined || schema.type === 'subscription') return run
  const declared = new Set(schema.errors)
  const allowed = (name: string) => GENERIC_ERRORS.has(name) || declared.has(name) || extra(schema.nsid, name)
  return (async (ctx: object) => {
    try {
      return await run(ctx)
    } catch (err) {
      const name = err instanceof XRPCError ? err.customErrorName : undefined
      if (name === undefined || allowed(name)) throw err
      throw new InternalServerError(`${schema.nsid} threw an error its Lexicon does not declare: ${name}`, undefined, {
        cause: err,
      })
    }
  }) as F
}

function paramsReader<P>(spec: ParamsSpec<P>) {
  return {
    fromURLSearchParams(search: URLSearchParams): P {
      const raw: { [name: string]: unknown } = {}
      for (const name in spec.kinds) {
        const kind = spec.kinds[name] as string | readonly [string]
        const values = search.getAll(name).filter((v) => v !== '')
        if (values.length === 0) continue
        if (typeof kind === 'string') {
          if (values.length > 1) throw new InvalidRequestError(`Params/${name} must be given only once`)
          raw[name] = decodeParam(kind, values[0] as string, name)
        } else {
          raw[name] = values.map((v) => decodeParam(kind[0], v, name))
        }
      }
      try {
        return spec.check(raw, 'Params')
      } catch (err) {
        if (err instanceof ValidationError) throw new InvalidRequestError(err.message, undefined, { cause: err })
        throw err
      }
    },
  }
}

function decodeParam(kind: string, value: string, name: string): unknown {
  switch (kind) {
    case 'integer':
      if (!/^-?\d+$/.test(value)) throw new InvalidRequestError(`Params/${name} must be an integer`)
      return Number(value)
    case 'boolean':
      if (value === 'true') return true
      if (value === 'false') return false
      throw new InvalidRequestError(`Params/${name} must be true or false`)
    default:
      return value
  }
}

function payload(spec: BodySpec | undefined, root: 'Input' | 'Output') {
  if (!spec) return { encoding: undefined, matchesEncoding: (e: string | undefined) => !e, schema: undefined }
  const { encoding, check } = spec
  return {
    encoding,
    matchesEncoding: (given: string | undefined) => given !== undefined && encodingMatches(encoding, given),
    schema: check
      ? {
          parse: (value: unknown) => {
            // @NOTE xrpc-server's JSON-to-lex step keeps a malformed $link as a plain map; refuse it
            if (root === 'Input') assertLexData(value, root)
            return check(value, root)
          },
          safeValidate: (value: unknown) => {
            try {
              return { success: true as const, value: check(value, root) }
            } catch (err) {
              if (err instanceof ValidationError) return { success: false as const, reason: err }
              throw err
            }
          },
        }
      : undefined,
  }
}

/** Whether a request's or response's MIME type fits a Lexicon encoding (`*\/*`, `image/*`, exact). */
export function encodingMatches(declared: string, given: string): boolean {
  if (declared === '*/*') return true
  if (declared.endsWith('/*')) return given.startsWith(declared.slice(0, -1))
  return declared === given
}

export type { Readable }
