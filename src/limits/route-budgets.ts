/**
 * Which budget each rate-limited XRPC method draws on, what a request is keyed on, and
 * what it costs (the reference PDS's choices).
 *
 * @module
 */
import type { RateBudgetName } from '#src/config-limits.js'

/** What a route limit sees of a request: the handler context xrpc-server builds, after auth and input. */
export interface RouteRequest {
  /** The client IP (see `ClientIps`). */
  readonly ip: string
  readonly input?: { body?: unknown }
  readonly auth?: unknown
}

/** One budget a method draws on. */
export interface RouteBudget {
  readonly budget: RateBudgetName
  /**
   * Counters shared by the methods naming the same bucket (the repo writes); by default
   * each method counts on its own.
   */
  readonly bucket?: string
  /** The counter key; null skips the limit for this request. */
  key(req: RouteRequest): string | null
  /** Points the request costs (default 1). */
  points?(req: RouteRequest): number
}

const byIp = (req: RouteRequest) => req.ip
/** The authenticated account, else the client IP. */
const byAccount = (req: RouteRequest) => didOf(req.auth) ?? `ip:${req.ip}`
const repoWrite = (points: (req: RouteRequest) => number): RouteBudget => ({
  budget: 'repoWrite',
  bucket: 'repo-write',
  key: byAccount,
  points,
})

// @NOTE applyWrites costs what its operations would cost one by one
const WRITE_POINTS: Record<string, number> = {
  'com.atproto.repo.applyWrites#create': 3,
  'com.atproto.repo.applyWrites#update': 2,
  'com.atproto.repo.applyWrites#delete': 1,
}

/** The rate-limited methods. Every request (but getRepo's) also draws on the `global` budget. */
export const ROUTE_BUDGETS: Readonly<Record<string, RouteBudget>> = {
  'com.atproto.server.createSession': {
    budget: 'createSession',
    // @NOTE per account and IP, so guessing one account's password from many IPs is still slow per IP,
    // and one IP guessing many accounts is held by the global budget
    key: (req) => {
      const identifier = (req.input?.body as { identifier?: unknown } | undefined)?.identifier
      return `${typeof identifier === 'string' ? identifier.toLowerCase() : ''}-${req.ip}`
    },
  },
  'com.atproto.server.createAccount': { budget: 'createAccount', key: byIp },
  'com.atproto.identity.updateHandle': { budget: 'updateHandle', key: byAccount },
  'com.atproto.repo.uploadBlob': { budget: 'uploadBlob', key: byIp },
  'com.atproto.server.requestEmailConfirmation': { budget: 'email', key: byAccount },
  'com.atproto.server.requestEmailUpdate': { budget: 'email', key: byAccount },
  'com.atproto.server.requestAccountDelete': { budget: 'email', key: byAccount },
  'com.atproto.server.requestPasswordReset': { budget: 'passwordReset', key: byIp },
  'com.atproto.server.resetPassword': { budget: 'resetPassword', key: byIp },
  'com.atproto.server.deleteAccount': { budget: 'deleteAccount', key: byIp },
  'com.atproto.server.reserveSigningKey': { budget: 'reserveSigningKey', key: byIp },
  'com.atproto.sync.getRepo': { budget: 'getRepo', key: byIp },
  'com.atproto.repo.createRecord': repoWrite(() => 3),
  'com.atproto.repo.putRecord': repoWrite(() => 2),
  'com.atproto.repo.deleteRecord': repoWrite(() => 1),
  'com.atproto.repo.applyWrites': repoWrite((req) => {
    const writes = (req.input?.body as { writes?: { $type?: string }[] } | undefined)?.writes ?? []
    let points = 0
    for (const write of writes) points += WRITE_POINTS[write.$type ?? ''] ?? 1
    return points
  }),
}

/** Paths that do not draw on the global budget: health probes, and getRepo (its own budget). */
export const GLOBAL_EXEMPT_PATHS: ReadonlySet<string> = new Set(['/xrpc/_health', '/xrpc/com.atproto.sync.getRepo'])

function didOf(auth: unknown): string | undefined {
  const did = (auth as { credentials?: { did?: unknown } } | undefined)?.credentials?.did
  return typeof did === 'string' ? did : undefined
}
