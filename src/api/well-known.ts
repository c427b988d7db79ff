/**
 * Routes under `/.well-known/` that are not XRPC.
 *
 * @module
 */
import type { RequestHandler } from 'express'
import { normalizeHandle, serviceDomainOf } from '#src/account/handle.js'
import type { AppContext } from '#src/context.js'

/**
 * `GET /.well-known/atproto-did`: the DID of the hosted handle named by the Host header,
 * as plain text, so handles under our domains resolve over HTTPS.
 *
 * @see https://atproto.com/specs/handle#https-well-known-method
 */
export function atprotoDid(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    try {
      const account = req.hostname ? await ctx.accounts.getAccount(normalizeHandle(req.hostname)) : null
      if (!account || account.handle === null || !ctx.availability.handleResolves(account)) {
        res.status(404).type('text/plain').send('User not found')
        return
      }
      res.type('text/plain').send(account.did)
    } catch (err) {
      next(err)
    }
  }
}

/**
 * On a hosted handle's own host name (`alice.pds.example`, not the PDS's), only
 * `/.well-known/atproto-did` is served: the rest of the PDS (XRPC, OAuth) lives on the
 * service host, so a handle's origin carries no session or authorization server.
 */
export function handleHostGuard(ctx: AppContext): RequestHandler {
  const { hostname, serviceHandleDomains } = ctx.config
  return (req, res, next) => {
    const host = req.hostname?.toLowerCase()
    if (!host || host === hostname || req.path === '/.well-known/atproto-did') return next()
    if (serviceDomainOf(host, serviceHandleDomains) === undefined) return next()
    res.status(404).type('text/plain').send('Not Found: this host serves only /.well-known/atproto-did')
  }
}
