/**
 * The error names handlers may answer with beyond what each method's Lexicon declares: the
 * repo and account states every repo read and write can meet, and the lookups' `NotFound`.
 * Each is a name the reference PDS answers with on the same methods, which clients match on;
 * any other undeclared name a handler throws is a 500 in development mode (see
 * `rt.AddMethodOptions`).
 *
 * @module
 */

/** Each shared name, with the methods it comes from and why it is not declared there. */
export const SHARED_ERRORS: ReadonlyMap<string, string> = new Map([
  ['RepoNotFound', 'a repo not hosted here (declared by com.atproto.sync.*, answered by every repo read and write)'],
  ['RepoTakendown', 'a repo taken down (declared by com.atproto.sync.*, answered by every repo read)'],
  ['RepoDeactivated', 'a deactivated repo (declared by com.atproto.sync.*, answered by every repo read)'],
  ['RepoSuspended', 'a suspended repo (declared by com.atproto.sync.*, answered by every repo read)'],
  [
    'BlobNotFound',
    'a blob not stored here (declared by com.atproto.sync.getBlob, answered by writes that reference it)',
  ],
  ['BlobTooLarge', 'an upload over the blob size limit (uploadBlob declares no errors)'],
  ['QuotaExceeded', "an upload over the account's blob quota (uploadBlob declares no errors)"],
  ['AccountTakedown', 'an account taken down, met by any method that acts for it'],
  ['AccountDeactivated', 'a deactivated account, met by any method that acts for it'],
  ['AccountNotFound', 'the account a PLC operation is for is gone (identity methods declare no errors)'],
  ['NotFound', 'the subject an admin or account lookup names does not exist'],
])
