/**
 * `/account`: the accounts signed in on this browser, the apps each granted, and a revoke
 * button per app (which ends the app's sessions at once). Signing in here uses the same
 * device session as the OAuth pages. `/account/api/apps` (GET) and `/account/api/apps/revoke`
 * (POST `{ clientId }`) do the same for a password session's access token.
 *
 * @module
 */
import express, { type Request, type RequestHandler, type Response, Router } from 'express'
import { AccountEmailError } from '#src/account/account-email.js'
import { EmailTokenError } from '#src/account/email-tokens.js'
import { OAuthError } from '#src/auth/oauth/errors.js'
import { ACCESS_SCOPE } from '#src/auth/tokens.js'
import { ForbiddenError, toXrpcError } from '#src/errors.js'
import type { WebDeps } from './authorize.js'
import { deviceId, existingDeviceId, pageMessages } from './browser.js'
import { sendPage } from './html.js'
import type { Messages } from './i18n.js'
import { accountPage, errorPage, signInCodePage } from './pages.js'
import { PendingSignIns } from './pending-sign-ins.js'

const form = express.urlencoded({ extended: false, limit: '8kb' })

/** @example app.use(accountRoutes(deps)) */
export function accountRoutes(deps: WebDeps): Router {
  const router = Router()
  const secure = deps.origin.startsWith('https:')
  const pendingSignIns = new PendingSignIns()

  const render = async (req: Request, res: Response, t: Messages, status = 200, error?: string) => {
    const device = deviceId(req, res, secure)
    const accounts = []
    for (const did of await deps.oauth.devices.accounts(device)) {
      const account = await deps.accounts.getAccount(did)
      if (!account?.handle) continue
      const grants = []
      for (const grant of await deps.oauth.tokens.listGrants(did)) {
        const name = await deps.oauth.clients
          .get(grant.clientId)
          .then((c) => c.metadata.client_name ?? grant.clientId)
          .catch(() => grant.clientId)
        grants.push({ ...grant, name })
      }
      accounts.push({ account: { did, handle: account.handle }, grants })
    }
    sendPage(res, status, accountPage({ t, csrf: deps.csrf.token(device), accounts, error }))
  }

  const page =
    (fn: (req: Request, res: Response, t: Messages) => Promise<void>): RequestHandler =>
    async (req, res) => {
      const t = pageMessages(req, res, secure)
      try {
        await fn(req, res, t)
      } catch (err) {
        if (err instanceof OAuthError) return sendPage(res, 400, errorPage(t, err.description))
        deps.logger.error({ err }, 'account page failed')
        sendPage(res, 500, errorPage(t, t.errorTitle))
      }
    }

  const checkForm = (req: Request, t: Messages) => {
    if (!deps.csrf.check(req, deps.origin)) throw new OAuthError('access_denied', t.csrfFailed)
  }

  /** The DID of a form post, which must be signed in on this browser. */
  const signedIn = async (req: Request, t: Messages): Promise<string> => {
    const device = existingDeviceId(req)
    const did = typeof req.body.did === 'string' ? req.body.did : ''
    if (!device || !(await deps.oauth.devices.accounts(device)).includes(did))
      throw new OAuthError('access_denied', t.signInFailed)
    return did
  }

  router.get(
    '/account',
    page((req, res, t) => render(req, res, t)),
  )

  // @NOTE the same list and revocation as JSON, for clients of a password session (never an OAuth app's)
  const apiAccount = async (req: Request, res: Response): Promise<string | undefined> => {
    try {
      if (req.headers.authorization?.startsWith('DPoP '))
        throw new ForbiddenError('Managing granted apps needs a password session')
      const auth = await deps.auth.accessStandard({ req })
      if (auth.credentials.oauth || auth.credentials.scope !== ACCESS_SCOPE) {
        throw new ForbiddenError('Managing granted apps needs a password session')
      }
      return auth.credentials.did
    } catch (err) {
      const error = toXrpcError(err)
      res.status(error.statusCode).json(error.payload)
      return undefined
    }
  }
  router.get('/account/api/apps', async (req, res, next) => {
    try {
      const did = await apiAccount(req, res)
      if (!did) return
      const grants = await deps.oauth.tokens.listGrants(did)
      res.set('cache-control', 'no-store').json({ apps: grants })
    } catch (err) {
      next(err)
    }
  })
  router.post('/account/api/apps/revoke', express.json({ limit: '8kb' }), async (req, res, next) => {
    try {
      const did = await apiAccount(req, res)
      if (!did) return
      const clientId = req.body?.clientId
      if (typeof clientId !== 'string')
        return void res.status(400).json({ error: 'InvalidRequest', message: 'clientId is required' })
      await deps.oauth.tokens.revokeGrant(did, clientId)
      res.json({})
    } catch (err) {
      next(err)
    }
  })

  router.post(
    '/account/sign-in',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const identifier = typeof req.body.identifier === 'string' ? req.body.identifier.trim() : ''
      const password = typeof req.body.password === 'string' ? req.body.password : ''
      const account = identifier && password ? await deps.accounts.login(identifier, password) : null
      // @NOTE an app password signs nobody in here: it would skip the mailed code
      if (!account?.handle || account.appPassword !== null || account.takedownRef !== null)
        return render(req, res, t, 401, t.signInFailed)
      const device = deviceId(req, res, secure)
      if (account.emailAuthFactor && account.email !== null) {
        try {
          await deps.accountEmail.checkSignInFactor(account, undefined)
        } catch (err) {
          if (!(err instanceof AccountEmailError) || err.reason !== 'AuthFactorTokenRequired') throw err
        }
        pendingSignIns.set(device, account.did)
        return codeForm(res, t, device, { did: account.did, handle: account.handle })
      }
      await deps.oauth.devices.remember(device, account.did)
      res.redirect(303, '/account')
    }),
  )

  const codeForm = (
    res: Response,
    t: Messages,
    device: string,
    account: { did: string; handle: string },
    status = 200,
    error?: string,
  ) =>
    sendPage(
      res,
      status,
      signInCodePage({ t, action: '/account/sign-in-code', fields: { csrf: deps.csrf.token(device) }, account, error }),
    )

  router.post(
    '/account/sign-in-code',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const device = existingDeviceId(req) as string
      const did = pendingSignIns.get(device)
      const account = did ? await deps.accounts.getAccount(did) : undefined
      // @NOTE the code is always checked here, even if the factor was turned off since
      if (!account?.handle || account.email === null || !account.emailAuthFactor || account.takedownRef !== null)
        return render(req, res, t, 401, t.signInFailed)
      const choice = { did: account.did, handle: account.handle }
      const code = typeof req.body.code === 'string' ? req.body.code.trim().toUpperCase() : ''
      if (!code) return codeForm(res, t, device, choice, 401, t.codeWrong)
      try {
        await deps.accountEmail.checkSignInFactor(account, code)
      } catch (err) {
        if (!(err instanceof EmailTokenError)) throw err
        return codeForm(res, t, device, choice, 401, err.errorName === 'ExpiredToken' ? t.codeExpired : t.codeWrong)
      }
      pendingSignIns.delete(device)
      await deps.oauth.devices.remember(device, account.did)
      res.redirect(303, '/account')
    }),
  )

  router.post(
    '/account/revoke',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const did = await signedIn(req, t)
      if (typeof req.body.client_id !== 'string') throw new OAuthError('invalid_request', t.errorTitle)
      await deps.oauth.tokens.revokeGrant(did, req.body.client_id)
      res.redirect(303, '/account')
    }),
  )

  router.post(
    '/account/sign-out',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const did = await signedIn(req, t)
      await deps.oauth.devices.forget(existingDeviceId(req) as string, did)
      res.redirect(303, '/account')
    }),
  )
  return router
}
