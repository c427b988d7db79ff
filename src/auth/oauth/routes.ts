/**
 * The OAuth endpoints: metadata, PAR, token and revocation. Each answers OAuth errors as
 * `{ error, error_description }` with `Cache-Control: no-store`, and sends the current
 * DPoP nonce on every response.
 *
 * @module
 */
import express, { type Request, type RequestHandler, type Response, Router } from 'express'
import type { Logger } from '#src/logger.js'
import { authenticateClient } from './client-auth.js'
import { DpopError } from './dpop.js'
import { OAuthError } from './errors.js'
import type { OAuthServer } from './index.js'

/** Form (or JSON) bodies of the OAuth endpoints, capped small. */
const body = [express.urlencoded({ extended: false, limit: '32kb' }), express.json({ limit: '32kb' })]

/**
 * Routes for the OAuth endpoints, served only on our own host (not on handle subdomains).
 *
 * @example
 * app.use(oauthRoutes(oauth, { hostname: config.hostname, logger }))
 */
export function oauthRoutes(oauth: OAuthServer, opts: { hostname: string; logger: Logger }): Router {
  const router = Router()
  const onServiceHost: RequestHandler = (req, res, next) => {
    if (req.hostname !== opts.hostname) return void res.status(404).json({ error: 'NotFound', message: 'Not Found' })
    next()
  }
  router.get('/.well-known/oauth-authorization-server', onServiceHost, (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(oauth.metadata)
  })
  router.get('/.well-known/oauth-protected-resource', onServiceHost, (_req, res) => {
    res.set('cache-control', 'public, max-age=300').json(oauth.resourceMetadata)
  })

  const endpoint =
    (fn: (req: Request) => Promise<{ status: number; json: unknown }>): RequestHandler =>
    async (req, res) => {
      res.set({ 'cache-control': 'no-store', pragma: 'no-cache', 'dpop-nonce': oauth.dpop.nonces.current() })
      try {
        const { status, json } = await fn(req)
        res.status(status).json(json)
      } catch (err) {
        sendOAuthError(res, err, opts.logger)
      }
    }

  const clientOf = async (req: Request, path: string) => {
    const params = paramsOf(req)
    if (!params.client_id) throw new OAuthError('invalid_request', 'client_id is required')
    const { jkt } = await oauth.dpop.verify(req.headers.dpop, { method: 'POST', path })
    const client = await oauth.clients.get(params.client_id)
    const clientAuth = await authenticateClient(client, params, { issuer: oauth.issuer, replay: oauth.replay })
    return { params, client, binding: { dpopJkt: jkt, clientAuth } }
  }

  router.post(
    '/oauth/par',
    onServiceHost,
    body,
    endpoint(async (req) => {
      const { params, client, binding } = await clientOf(req, '/oauth/par')
      return { status: 201, json: await oauth.requests.push(client, params, binding) }
    }),
  )

  router.post(
    '/oauth/token',
    onServiceHost,
    body,
    endpoint(async (req) => {
      const { params, client, binding } = await clientOf(req, '/oauth/token')
      if (!client.metadata.grant_types.includes(params.grant_type ?? '')) {
        throw new OAuthError('unauthorized_client', `The client did not register grant_type ${params.grant_type}`)
      }
      switch (params.grant_type) {
        case 'authorization_code':
          return { status: 200, json: await oauth.tokens.exchangeCode(client, params, binding) }
        case 'refresh_token':
          return { status: 200, json: await oauth.tokens.refresh(client, params, binding) }
        default:
          throw new OAuthError('unsupported_grant_type', `Unsupported grant_type ${params.grant_type}`)
      }
    }),
  )

  // @NOTE RFC 7009: an unknown or foreign token is answered 200 as well, so nothing can be probed
  router.post(
    '/oauth/revoke',
    onServiceHost,
    body,
    endpoint(async (req) => {
      const params = paramsOf(req)
      if (!params.token) throw new OAuthError('invalid_request', 'token is required')
      if (!params.client_id) throw new OAuthError('invalid_request', 'client_id is required')
      const client = await oauth.clients.get(params.client_id)
      await authenticateClient(client, params, { issuer: oauth.issuer, replay: oauth.replay })
      await oauth.tokens.revoke(params.token, client.id)
      return { status: 200, json: {} }
    }),
  )
  return router
}

/** The request's parameters: string values of the form (or JSON) body only. */
function paramsOf(req: Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  const source = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>
  for (const [key, value] of Object.entries(source)) if (typeof value === 'string') out[key] = value
  return out
}

function sendOAuthError(res: Response, err: unknown, logger: Logger): void {
  if (err instanceof DpopError) {
    res.set('www-authenticate', `DPoP error="${err.code}", error_description="${err.message}"`)
    res.status(400).json({ error: err.code, error_description: err.message })
    return
  }
  if (err instanceof OAuthError) {
    res.status(err.status).json(err.toJSON())
    return
  }
  logger.error({ err }, 'OAuth endpoint failed')
  res.status(500).json({ error: 'server_error', error_description: 'Internal Server Error' })
}
