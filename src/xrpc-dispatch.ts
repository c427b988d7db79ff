/**
 * A direct route from `/xrpc/<nsid>` to the handler @atproto/xrpc-server registered for it.
 *
 * xrpc-server mounts its routes as an express sub-app: each call passed that app's own start-up
 * middleware (request and response set up again, the query parsed again) and then the route list
 * entry by entry, one regular expression per served method, before reaching its handler. This
 * looks the handler up by exact path instead. Anything it does not know exactly (another case, a
 * trailing slash, an unserved method) goes on to the sub-app as before, which still answers it.
 *
 * @module
 */
import type { Server as XrpcServer } from '@atproto/xrpc-server'
import type { ErrorRequestHandler, RequestHandler } from 'express'

/** What express keeps of a route (express 4's `Layer` and `Route`, read only). */
interface RouteLayer {
  route?: { path?: unknown; methods?: Record<string, boolean>; stack?: { handle: RequestHandler }[] }
  handle: (...args: never[]) => unknown
}

/**
 * The middleware that calls each exactly named XRPC route's handler, as express would have
 * (`req.route` set, HEAD served by the GET route), and hands its errors to xrpc-server's error
 * middleware, so the response is the one the sub-app gives. Mount it just before `xrpc.router`.
 * Without the express internals it reads (another express), it only passes requests on.
 *
 * @example
 * app.use(xrpcDispatch(xrpc))
 * app.use(xrpc.router)
 */
export function xrpcDispatch(xrpc: XrpcServer): RequestHandler {
  const routes = new Map<string, { route: unknown; handle: RequestHandler }>()
  const duplicates = new Set<string>()
  const appStack = (xrpc.router as unknown as { _router?: { stack?: RouteLayer[] } })._router?.stack ?? []
  // @NOTE the sub-app's error middleware (arity 4): xrpc-server's, with our errorParser and logger
  const errors = appStack.findLast((layer) => layer.handle.length === 4)?.handle as ErrorRequestHandler | undefined
  const routeStack = (xrpc.routes as unknown as { stack?: RouteLayer[] }).stack ?? []
  for (const { route } of errors ? routeStack : []) {
    const handlers = route?.stack ?? []
    const methods = Object.keys(route?.methods ?? {})
    if (typeof route?.path !== 'string' || handlers.length !== 1 || methods.length !== 1) continue
    const key = `${methods[0]?.toUpperCase()} ${route.path}`
    if (routes.has(key)) duplicates.add(key)
    routes.set(key, { route, handle: (handlers[0] as { handle: RequestHandler }).handle })
  }
  // @NOTE a path registered twice is left to express, which tries the routes in order
  for (const key of duplicates) routes.delete(key)
  return (req, res, next) => {
    const entry = routes.get(`${req.method === 'HEAD' ? 'GET' : req.method} ${req.path}`)
    if (!entry || !errors) return next()
    // @NOTE what express's router sets before a route's handler: the verifiers read req.route
    Object.assign(req, { route: entry.route, params: {} })
    entry.handle(req, res, (err?: unknown) => (err ? errors(err, req, res, next) : next()))
  }
}
