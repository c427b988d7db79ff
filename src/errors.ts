/**
 * The XRPC errors handlers throw. Each carries its HTTP status and renders as
 * `{ error, message }`; pass a lexicon error name as the second argument
 * (`new InvalidRequestError('Record was at a different commit', 'InvalidSwap')`).
 *
 * @module
 */
import { InternalServerError, InvalidRequestError, ResponseType, XRPCError } from '@atproto/xrpc-server'

export {
  AuthRequiredError,
  ForbiddenError,
  InternalServerError,
  InvalidRequestError,
  MethodNotImplementedError,
  NotEnoughResourcesError,
  ResponseType,
  UpstreamFailureError,
  UpstreamTimeoutError,
  XRPCError,
} from '@atproto/xrpc-server'

/** 413: the request body is over the configured limit. */
export class PayloadTooLargeError extends XRPCError {
  constructor(message?: string, options?: ErrorOptions) {
    super(ResponseType.PayloadTooLarge, message, 'PayloadTooLarge', options)
  }
}

/** 404 for paths outside XRPC; named `NotFound` in the error envelope. */
export class NotFoundError extends XRPCError {
  constructor(message = 'Not Found', options?: ErrorOptions) {
    super(ResponseType.XRPCNotSupported, message, 'NotFound', options)
  }
}

/**
 * Turns anything thrown into the XRPC error the client sees. Body-parser failures keep
 * their status but get XRPC names (`InvalidRequest`, `PayloadTooLarge`); anything unknown
 * becomes a 500 whose payload says only "Internal Server Error" (its cause stays for the log).
 *
 * @example
 * const error = toXrpcError(err)
 * res.status(error.statusCode).json(error.payload)
 */
export function toXrpcError(err: unknown): XRPCError {
  // @NOTE xrpc-server wraps body-parser errors in an XRPCError named after the JS class
  // ("SyntaxError", "PayloadTooLargeError"), which clients cannot match on
  const parserError = asBodyParserError(err) ?? (err instanceof XRPCError ? asBodyParserError(err.cause) : undefined)
  if (parserError) return fromBodyParserError(parserError)
  return XRPCError.fromError(err)
}

/**
 * The message of every malformed JSON body. The parser's own error carries the body's text
 * (V8 quotes it, body-parser keeps it whole), so only this message is logged.
 */
export const MALFORMED_JSON_MESSAGE = 'Malformed JSON in request body'

interface BodyParserError extends Error {
  status: number
  type: string
  limit?: number
}

function asBodyParserError(err: unknown): BodyParserError | undefined {
  if (!(err instanceof Error)) return undefined
  const { status, type } = err as Partial<BodyParserError>
  return typeof status === 'number' && typeof type === 'string' ? (err as BodyParserError) : undefined
}

function fromBodyParserError(err: BodyParserError): XRPCError {
  const options = { cause: err }
  switch (err.type) {
    case 'entity.too.large':
      return new PayloadTooLargeError(`Request body is larger than the limit of ${err.limit} bytes`, options)
    case 'entity.parse.failed':
      // @NOTE V8's message quotes the body around the fault (a password, say), and body-parser
      // keeps the whole body on the error: neither may reach the client or the log
      return new InvalidRequestError(MALFORMED_JSON_MESSAGE)
  }
  if (err.status >= 400 && err.status < 500) {
    const name = ResponseType[err.status as ResponseType] ?? 'InvalidRequest'
    return new XRPCError(err.status as ResponseType, err.message, name, options)
  }
  return new InternalServerError(err.message, undefined, options)
}
