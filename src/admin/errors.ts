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
