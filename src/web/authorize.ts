/**
 * The browser side of authorization: `GET /oauth/authorize` (sign in or choose an account,
 * then consent) and the form posts behind it. Errors the user can fix re-render the form;
 * the rest get an error page, never a redirect to an unverified URI.
 *
 * @module
 */
import express, { type Request, type RequestHandler, type Response, Router } from 'express'
import { type AccountEmail, AccountEmailError } from '#src/account/account-email.js'
import type { AccountService } from '#src/account/account-service.js'
import { EmailTokenError } from '#src/account/email-tokens.js'
import { AccountError } from '#src/account/errors.js'
import { OAuthError } from '#src/auth/oauth/errors.js'
import type { OAuthServer } from '#src/auth/oauth/index.js'
import type { PendingRequest } from '#src/auth/oauth/requests.js'
import type { AuthVerifier } from '#src/auth/verifier.js'
import type { Logger } from '#src/logger.js'
import { type Csrf, deviceId, pageMessages } from './browser.js'
import { sendPage } from './html.js'
import type { Messages } from './i18n.js'
import { type AccountChoice, consentPage, errorPage, signInCodePage, signInPage, signUpPage } from './pages.js'

/** What the pages need from the rest of the PDS. */
export interface WebDeps {
  oauth: OAuthServer
  accounts: AccountService
  /** The email second factor of sign-in (mails the `sign_in` code, checks it). */
  accountEmail: AccountEmail
  /** The auth verifiers (the /account API takes a password session's access token). */
  auth: AuthVerifier
  csrf: Csrf
  /** Our public origin (form posts must come from it). */
  origin: string
  logger: Logger
  /** What the sign-up form asks: the handle suffixes, and whether an invite code is needed. */
  signUp: { handleDomains: readonly string[]; inviteRequired: boolean }
}

const form = express.urlencoded({ extended: false, limit: '8kb' })

/**
 * @example
 * app.use(authorizeRoutes({ oauth, accounts, csrf, origin, logger }))
 */
export function authorizeRoutes(deps: WebDeps): Router {
  const router = Router()
  const secure = deps.origin.startsWith('https:')

  const page =
    (fn: (req: Request, res: Response, t: Messages) => Promise<void>): RequestHandler =>
    async (req, res) => {
      const t = pageMessages(req, res, secure)
      res.set('vary', 'accept-language, cookie')
      try {
        await fn(req, res, t)
      } catch (err) {
        if (err instanceof OAuthError) return sendPage(res, 400, errorPage(t, err.description))
        deps.logger.error({ err }, 'authorization page failed')
        sendPage(res, 500, errorPage(t, t.errorTitle))
      }
    }

  /** The request a page is about, tied to this browser. */
  const pending = async (req: Request, res: Response, requestUri: unknown, clientId?: unknown) => {
    const request = await deps.oauth.requests.get(
      typeof requestUri === 'string' ? requestUri : undefined,
      typeof clientId === 'string' ? clientId : undefined,
    )
    const device = deviceId(req, res, secure)
    await deps.oauth.requests.bindDevice(request, device)
    return { request, device }
  }

  const choices = async (device: string): Promise<AccountChoice[]> => {
    const out: AccountChoice[] = []
    for (const did of await deps.oauth.devices.accounts(device)) {
      const account = await deps.accounts.getAccount(did)
      if (account?.handle && account.takedownRef === null) out.push({ did, handle: account.handle })
    }
    return out
  }

  /** After sign-in: approve at once when this exact grant exists already, else ask. */
  const toConsent = async (
    res: Response,
    t: Messages,
    request: PendingRequest,
    device: string,
    account: AccountChoice,
  ) => {
    await deps.oauth.requests.setAccount(request, account.did)
    const granted = await deps.oauth.tokens.grantedScope(account.did, request.client.id)
    const asked = request.parameters.scope.split(' ')
    if (request.parameters.prompt !== 'consent' && granted && asked.every((s) => granted.split(' ').includes(s))) {
      return void res.redirect(303, await deps.oauth.requests.approve(request, account.did))
    }
    sendPage(
      res,
      200,
      consentPage({
        t,
        client: request.client,
        requestUri: request.requestUri,
        csrf: deps.csrf.token(device),
        account,
        scope: [request.parameters.scope, ...request.parameters.included].join(' '),
        includeTitles: request.parameters.includeTitles,
      }),
      redirectSource(request),
    )
  }

  /** The CSP source of the request's redirect URI (`https://app.example`, `com.example.app:`). */
  const redirectSource = (request: PendingRequest) => {
    const url = new URL(request.parameters.redirect_uri)
    return { formTarget: url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : url.protocol }
  }

  const checkForm = (req: Request, t: Messages) => {
    if (!deps.csrf.check(req, deps.origin)) throw new OAuthError('access_denied', t.csrfFailed)
  }

  router.get(
    '/oauth/authorize',
    page(async (req, res, t) => {
      const { request, device } = await pending(req, res, req.query.request_uri, req.query.client_id)
      const accounts = request.parameters.prompt === 'login' ? [] : await choices(device)
      if (request.parameters.prompt === 'none') {
        // @NOTE no page at all: approve silently when one remembered account already granted this, else tell the app
        const hint = request.parameters.login_hint
        const account = accounts.find((a) => !hint || hint === a.handle || hint === a.did) ?? undefined
        const granted = account && (await deps.oauth.tokens.grantedScope(account.did, request.client.id))
        const covered = granted && request.parameters.scope.split(' ').every((s) => granted.split(' ').includes(s))
        if (!account)
          return void res.redirect(
            303,
            await deps.oauth.requests.deny(request, 'login_required', 'The user must sign in'),
          )
        if (!covered)
          return void res.redirect(
            303,
            await deps.oauth.requests.deny(request, 'consent_required', 'The user must consent'),
          )
        await deps.oauth.requests.setAccount(request, account.did)
        return void res.redirect(303, await deps.oauth.requests.approve(request, account.did))
      }
      const hint = request.parameters.login_hint
      sendPage(
        res,
        200,
        signInPage({
          t,
          client: request.client,
          requestUri: request.requestUri,
          csrf: deps.csrf.token(device),
          accounts,
          identifier: hint,
        }),
        redirectSource(request),
      )
    }),
  )

  router.post(
    '/oauth/authorize/sign-in',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const { request, device } = await pending(req, res, req.body.request_uri)
      const identifier = typeof req.body.identifier === 'string' ? req.body.identifier.trim() : ''
      const password = typeof req.body.password === 'string' ? req.body.password : ''
      const account = identifier && password ? await deps.accounts.login(identifier, password) : null
      const again = (error: string) =>
        sendPage(
          res,
          401,
          signInPage({
            t,
            client: request.client,
            requestUri: request.requestUri,
            csrf: deps.csrf.token(device),
            accounts: [],
            error,
            identifier,
          }),
          redirectSource(request),
        )
      // @NOTE one message for an unknown account and a wrong password, so neither can be probed.
      // An app password is for an app that cannot do OAuth: it signs nobody in here (nor skips the code)
      if (!account?.handle || account.appPassword !== null) return again(t.signInFailed)
      if (account.takedownRef !== null) return again(t.takenDown)
      if (account.emailAuthFactor && account.email !== null) {
        try {
          await deps.accountEmail.checkSignInFactor(account, undefined)
        } catch (err) {
          if (!(err instanceof AccountEmailError) || err.reason !== 'AuthFactorTokenRequired') throw err
        }
        // @NOTE the password step is remembered on the request row, which is bound to this browser and
        // expires with the request; the device is only signed in once the mailed code is given
        await deps.oauth.requests.setAccount(request, account.did)
        return codeForm(res, t, request, device, { did: account.did, handle: account.handle })
      }
      await deps.oauth.devices.remember(device, account.did)
      await toConsent(res, t, request, device, { did: account.did, handle: account.handle })
    }),
  )

  const codeForm = (
    res: Response,
    t: Messages,
    request: PendingRequest,
    device: string,
    account: AccountChoice,
    status = 200,
    error?: string,
  ) =>
    sendPage(
      res,
      status,
      signInCodePage({
        t,
        action: '/oauth/authorize/sign-in-code',
        fields: { request_uri: request.requestUri, csrf: deps.csrf.token(device) },
        client: request.client,
        account,
        error,
      }),
      redirectSource(request),
    )

  router.post(
    '/oauth/authorize/sign-in-code',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const { request, device } = await pending(req, res, req.body.request_uri)
      // @NOTE only the account whose password was given on this browser for this request; the code
      // is always checked here, even if the factor was turned off since
      const account = request.did ? await deps.accounts.getAccount(request.did) : undefined
      if (!account?.handle || account.email === null || !account.emailAuthFactor)
        throw new OAuthError('access_denied', t.signInFailed)
      if (account.takedownRef !== null) throw new OAuthError('access_denied', t.takenDown)
      const choice = { did: account.did, handle: account.handle }
      const code = str(req.body.code).trim().toUpperCase()
      if (!code) return codeForm(res, t, request, device, choice, 401, t.codeWrong)
      try {
        await deps.accountEmail.checkSignInFactor(account, code)
      } catch (err) {
        if (!(err instanceof EmailTokenError)) throw err
        const message = err.errorName === 'ExpiredToken' ? t.codeExpired : t.codeWrong
        return codeForm(res, t, request, device, choice, 401, message)
      }
      await deps.oauth.devices.remember(device, account.did)
      await toConsent(res, t, request, device, choice)
    }),
  )

  const signUpForm = (
    req: Request,
    res: Response,
    t: Messages,
    request: PendingRequest,
    device: string,
    status = 200,
    error?: string,
  ) =>
    sendPage(
      res,
      status,
      signUpPage({
        t,
        client: request.client,
        requestUri: request.requestUri,
        csrf: deps.csrf.token(device),
        ...deps.signUp,
        error,
        values: { handle: str(req.body?.handle), email: str(req.body?.email) },
      }),
      redirectSource(request),
    )

  router.get(
    '/oauth/authorize/sign-up',
    page(async (req, res, t) => {
      const { request, device } = await pending(req, res, req.query.request_uri)
      signUpForm(req, res, t, request, device)
    }),
  )

  router.post(
    '/oauth/authorize/sign-up',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const { request, device } = await pending(req, res, req.body.request_uri)
      let handle = str(req.body.handle).trim().toLowerCase()
      const [firstDomain] = deps.signUp.handleDomains
      if (handle && !handle.includes('.') && firstDomain) handle += firstDomain
      try {
        const { account } = await deps.accounts.createAccount({
          handle,
          email: str(req.body.email).trim(),
          password: str(req.body.password),
          inviteCode: str(req.body.invite_code).trim() || undefined,
        })
        await deps.oauth.devices.remember(device, account.did)
        await toConsent(res, t, request, device, { did: account.did, handle: account.handle ?? handle })
      } catch (err) {
        // @NOTE the account service's messages say what to fix (handle taken, invite needed...)
        if (err instanceof AccountError) return signUpForm(req, res, t, request, device, 400, err.message)
        throw err
      }
    }),
  )

  router.post(
    '/oauth/authorize/select',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const { request, device } = await pending(req, res, req.body.request_uri)
      const chosen = (await choices(device)).find((a) => a.did === req.body.did)
      if (!chosen) throw new OAuthError('access_denied', t.signInFailed)
      await toConsent(res, t, request, device, chosen)
    }),
  )

  router.post(
    '/oauth/authorize/consent',
    form,
    page(async (req, res, t) => {
      checkForm(req, t)
      const { request, device } = await pending(req, res, req.body.request_uri)
      const did = request.did
      if (!did || !(await deps.oauth.devices.accounts(device)).includes(did))
        throw new OAuthError('access_denied', t.signInFailed)
      const target =
        req.body.decision === 'allow'
          ? await deps.oauth.requests.approve(request, did)
          : await deps.oauth.requests.deny(request)
      res.redirect(303, target)
    }),
  )
  return router
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}
