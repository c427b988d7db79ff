import { AccountError } from '#src/account/errors.js'
import { InvalidRequestError } from '#src/errors.js'

/** Rethrows an `AccountError` of the lifecycle as the 400 the client reads; anything else as is. */
export function lifecycleError(err: unknown): never {
  if (err instanceof AccountError) {
    throw new InvalidRequestError(err.message, err.reason === 'InvalidRequest' ? undefined : err.reason, { cause: err })
  }
  throw err
}
