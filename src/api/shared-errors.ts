/**
 * The error names handlers may answer with beyond what each method's Lexicon declares, by
 * method family: the repo and account states every repo read and write can meet, the
 * refusals the account and email services give every method built on them, and the service
 * JWT checks. Each is a name the reference PDS answers with on the same methods, which
 * clients match on. Any other undeclared name a handler throws is a 500 in development mode
 * (`rt.AddMethodOptions`), so a test reaching it fails.
 *
 * @module
 */

interface SharedErrors {
  /** the NSID prefixes of the methods that may answer these names */
  readonly methods: readonly string[]
  readonly names: readonly string[]
  /** where the names come from, and why the methods do not declare them */
  readonly why: string
}

/** Every allowance, with why. */
export const SHARED_ERRORS: readonly SharedErrors[] = [
  {
    methods: ['com.atproto.'],
    names: [
      'RepoNotFound',
      'RepoTakendown',
      'RepoDeactivated',
      'RepoSuspended',
      'AccountTakedown',
      'AccountDeactivated',
    ],
    why: 'the state of the repo or account a method acts on (declared by com.atproto.sync.*, met by every method that reads or writes a repo)',
  },
  {
    methods: ['com.atproto.repo.', 'com.atproto.sync.'],
    names: ['BlobNotFound', 'BlobTooLarge', 'QuotaExceeded'],
    why: 'blob checks of writes that reference a blob and of uploads (uploadBlob declares no errors)',
  },
  {
    methods: ['com.atproto.server.', 'com.atproto.identity.', 'com.atproto.admin.'],
    names: [
      'AccountNotFound',
      'NotFound',
      'InvalidHandle',
      'HandleNotAvailable',
      'UnsupportedDomain',
      'InvalidPassword',
      'UnresolvableDid',
      'IncompatibleDidDoc',
      'InvalidEmail',
      'TokenRequired',
    ],
    why: 'the refusals of the account, handle and email services, which createAccount and confirmEmail declare and the other account methods built on them share',
  },
  {
    methods: ['com.atproto.server.createAccount', 'com.atproto.repo.uploadBlob'],
    names: [
      'BadJwt',
      'BadJwtIss',
      'BadJwtAudience',
      'BadJwtSignature',
      'BadJwtType',
      'BadJwtLexiconMethod',
      'JwtExpired',
      'JwtReplayed',
    ],
    why: 'the checks of the service JWT these methods accept (an account moving here, a blob uploaded for it), named as @atproto/xrpc-server names them',
  },
]

/**
 * Whether method `nsid` may throw error `name` without declaring it.
 *
 * @example
 * mayThrowUndeclared('com.atproto.repo.createRecord', 'RepoNotFound') // true
 */
export function mayThrowUndeclared(nsid: string, name: string): boolean {
  return SHARED_ERRORS.some((shared) => shared.names.includes(name) && shared.methods.some((m) => nsid.startsWith(m)))
}
