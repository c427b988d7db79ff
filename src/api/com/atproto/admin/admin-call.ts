/**
 * What the admin handlers share: their two kinds of auth (as the reference: moderator
 * methods also take the moderation service's service JWT, the others only the admin
 * password), who the caller is for the audit log, and the mapping of admin errors.
 *
 * @module
 */
import type { Request } from 'express'
import type { AdminActor } from '#src/admin/audit-log.js'
import { AdminError } from '#src/admin/errors.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'
import { AuthRequiredError, InvalidRequestError, MethodNotImplementedError, UpstreamFailureError } from '#src/errors.js'
import { PlcError } from '#src/identity/index.js'

interface AuthInput {
  ctx: AppContext
  req: Request
}

/** The auth of a moderator method `lxm`: admin basic, or a service JWT of `PDS_MOD_SERVICE_DID`. */
export function moderatorAuth(lxm: string) {
  return ({ ctx, req }: AuthInput) => ctx.auth.moderator({ req }, lxm)
}

/** The auth of an admin-only method: the admin password over basic auth. */
export const adminAuth = ({ ctx, req }: AuthInput) => ctx.auth.adminBasic({ req })

/** Who is calling, for the audit log. @throws AuthRequiredError for anything but admin credentials */
export function actorOf(auth: AuthResult, req: Request): AdminActor {
  const ip = req.ip ?? req.socket.remoteAddress
  if (auth.credentials.type === 'admin') return { type: 'admin', channel: 'xrpc', ip }
  if (auth.credentials.type === 'modService') {
    return { type: 'mod_service', did: auth.credentials.did, channel: 'xrpc', ip }
  }
  throw new AuthRequiredError('Admin credentials required')
}

/**
 * Runs an admin action, turning its domain errors into XRPC errors: NotFound and the other
 * named refusals are 400s with that name, NotImplemented is 501, a failing PLC directory 502.
 *
 * @example
 * await adminCall(() => ctx.admin.updateHandle(actorOf(auth, req), did, handle))
 */
export async function adminCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof AdminError) {
      if (err.reason === 'NotImplemented') throw new MethodNotImplementedError(err.message, undefined, { cause: err })
      const name = err.reason === 'InvalidRequest' ? undefined : err.reason
      throw new InvalidRequestError(err.message, name, { cause: err })
    }
    if (err instanceof PlcError) {
      throw new UpstreamFailureError(`The PLC directory refused the update: ${err.message}`, undefined, { cause: err })
    }
    throw err
  }
}
