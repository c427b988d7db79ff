/**
 * Domain errors of the repo engine. Handlers map them to XRPC errors (see
 * `src/api/com/atproto/repo/`); nothing here knows about HTTP.
 *
 * @module
 */

/** The DID has no repo on this server. */
export class RepoNotFoundError extends Error {
  constructor(
    readonly did: string,
    options?: ErrorOptions,
  ) {
    super(`Could not find repo for DID: ${did}`, options)
    this.name = 'RepoNotFoundError'
  }
}

/** `init` was called for a DID that already has a repo. */
export class RepoAlreadyExistsError extends Error {
  constructor(
    readonly did: string,
    options?: ErrorOptions,
  ) {
    super(`A repo already exists for DID: ${did}`, options)
    this.name = 'RepoAlreadyExistsError'
  }
}

/** A compare-and-swap precondition failed: `swapCommit` or `swapRecord` no longer matches. */
export class InvalidSwapError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'InvalidSwapError'
  }
}

/**
 * A write the repo cannot apply as asked: a malformed or oversize record, a record key of the
 * wrong type, a create over an existing record, an update or delete of a missing one. The
 * message is meant for the client.
 */
export class InvalidWriteError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'InvalidWriteError'
  }
}

/** An update or delete named a record that does not exist. */
export class RecordNotFoundError extends InvalidWriteError {
  constructor(
    readonly uri: string,
    options?: ErrorOptions,
  ) {
    super(`Could not find record: ${uri}`, options)
    this.name = 'RecordNotFoundError'
  }
}

/** getBlocks was asked for blocks the repo does not hold. */
export class BlockNotFoundError extends Error {
  constructor(
    readonly missing: readonly string[],
    options?: ErrorOptions,
  ) {
    super(`Could not find blocks: ${missing.join(', ')}`, options)
    this.name = 'BlockNotFoundError'
  }
}

/** An imported repo (CAR) is malformed, unverifiable or not canonical; the message says what and where. */
export class ImportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ImportError'
  }
}
