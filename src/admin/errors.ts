import { AccountError } from '#src/account/errors.js'

/** Why an admin action was refused; handlers turn it into the XRPC error of the same name. */
export type AdminErrorReason =
  /** the subject (account, record, blob, invite code) does not exist: 400 NotFound */
  | 'NotFound'
  | 'InvalidHandle'
  | 'HandleNotAvailable'
  | 'InvalidPassword'
  /** the action is not available on this PDS yet: 501 */
  | 'NotImplemented'
  /** any other bad input: a plain 400 */
  | 'InvalidRequest'

/**
 * An admin action broke a rule. The message is meant for the operator.
 *
 * @example
 * throw new AdminError('NotFound', `Account not found: ${did}`)
 */
export class AdminError extends Error {
  constructor(
    readonly reason: AdminErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'AdminError'
  }
}

/**
 * Runs an account change (src/account), turning its refusals into the admin errors of the
 * same name (an unsupported domain is an invalid handle; the rest are invalid requests).
 *
 * @example
 * await accountCall(() => ctx.lifecycle.delete(did))
 */
export async function accountCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (!(err instanceof AccountError)) throw err
    const reason =
      err.reason === 'InvalidHandle' || err.reason === 'HandleNotAvailable' || err.reason === 'InvalidPassword'
        ? err.reason
        : err.reason === 'UnsupportedDomain'
          ? 'InvalidHandle'
          : 'InvalidRequest'
    throw new AdminError(reason, err.message, { cause: err })
  }
}
