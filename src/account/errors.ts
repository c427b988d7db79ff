/** Why an account operation was refused; the handler turns it into the Lexicon error of the same name. */
export type AccountErrorReason =
  | 'InvalidHandle'
  | 'HandleNotAvailable'
  | 'UnsupportedDomain'
  | 'InvalidPassword'
  | 'InvalidInviteCode'
  | 'UnresolvableDid'
  | 'IncompatibleDidDoc'
  /** anything else the client got wrong (missing email, email taken...): a plain 400 */
  | 'InvalidRequest'

/**
 * A request to create or change an account broke a rule (handle taken, invite spent...).
 * The message is meant for the client.
 */
export class AccountError extends Error {
  constructor(
    readonly reason: AccountErrorReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'AccountError'
  }
}
