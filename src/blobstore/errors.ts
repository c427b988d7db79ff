/**
 * Domain errors of the blob store and service. Handlers map them to XRPC errors.
 *
 * @module
 */
import { InvalidWriteError } from '#src/repo/errors.js'

/** A blob this account does not have (never uploaded, expired, or deleted). */
export class BlobNotFoundError extends InvalidWriteError {
  constructor(
    readonly cid: string,
    options?: ErrorOptions,
  ) {
    super(`Could not find blob: ${cid}`, options)
    this.name = 'BlobNotFoundError'
  }
}

/** An upload over the configured size limit; nothing of it is kept. */
export class BlobTooLargeError extends Error {
  constructor(
    readonly limit: number,
    options?: ErrorOptions,
  ) {
    super(`The blob is larger than the upload limit of ${limit} bytes`, options)
    this.name = 'BlobTooLargeError'
  }
}

/**
 * An upload refused by a per-account bound: too many bytes or files uploaded and not yet
 * referenced by a record (`bytes`, `count`), or too many uploads streaming at once
 * (`concurrency`, for the account or the whole server). Nothing of it is kept.
 */
export class BlobQuotaError extends Error {
  constructor(
    readonly reason: 'bytes' | 'count' | 'concurrency',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'BlobQuotaError'
  }
}
