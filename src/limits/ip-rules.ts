/**
 * IP access rules: allow and deny lists of addresses and CIDR ranges for the whole server,
 * the admin routes and sign-up, each answered with a 403 naming what was refused.
 *
 * @module
 */
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import type { IpRuleConfig } from '#src/config-limits.js'
import { ForbiddenError } from '#src/errors.js'
import type { ClientIps } from './client-ip.js'
import { IpSet } from './ip-set.js'

/** One allow/deny pair: deny wins; a non-empty allow list admits only its members. */
class IpRule {
  readonly #allow: IpSet
  readonly #deny: IpSet

  constructor(
    config: IpRuleConfig,
    /** What is refused, for the message: "Requests", "Sign-up"... */
    readonly what: string,
  ) {
    this.#allow = IpSet.from(config.allow)
    this.#deny = IpSet.from(config.deny)
  }

  get active(): boolean {
    return this.#allow.size > 0 || this.#deny.size > 0
  }

  admits(ip: string): boolean {
    if (this.#deny.has(ip)) return false
    return this.#allow.size === 0 || this.#allow.has(ip)
  }
}

const ADMIN_XRPC = '/xrpc/com.atproto.admin.'
const SIGNUP_PATH = '/xrpc/com.atproto.server.createAccount'

/**
 * @example
 * const rules = new IpRules({ server, admin, signup }, clientIps)
 * app.use(rules.middleware)
 * rules.check(req) // throws ForbiddenError for a refused WebSocket upgrade
 */
export class IpRules {
  readonly #server: IpRule
  readonly #admin: IpRule
  readonly #signup: IpRule
  readonly #clientIps: ClientIps

  constructor(config: { server: IpRuleConfig; admin: IpRuleConfig; signup: IpRuleConfig }, clientIps: ClientIps) {
    this.#server = new IpRule(config.server, 'Requests')
    this.#admin = new IpRule(config.admin, 'Admin requests')
    this.#signup = new IpRule(config.signup, 'Sign-up')
    this.#clientIps = clientIps
  }

  /** Whether any rule is set (when none is, the middleware is not installed). */
  get active(): boolean {
    return this.#server.active || this.#admin.active || this.#signup.active
  }

  /** Throws a 403 Forbidden when the request's client IP may not make it. */
  check(req: IncomingMessage, path = (req.url ?? '/').split('?')[0] as string): void {
    const ip = this.#clientIps.of(req)
    const refuse = (rule: IpRule) => {
      throw new ForbiddenError(`${rule.what} from your IP address (${ip}) are not allowed on this server`, 'Forbidden')
    }
    if (!this.#server.admits(ip)) refuse(this.#server)
    if ((path.startsWith(ADMIN_XRPC) || path === '/admin' || path.startsWith('/admin/')) && !this.#admin.admits(ip)) {
      refuse(this.#admin)
    }
    if (path === SIGNUP_PATH && !this.#signup.admits(ip)) refuse(this.#signup)
  }

  /** Express middleware running {@link check}. */
  readonly middleware: RequestHandler = (req, _res, next) => {
    try {
      this.check(req, req.path)
      next()
    } catch (err) {
      next(err)
    }
  }
}
