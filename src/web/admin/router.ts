/**
 * The web admin dashboard at /admin: server-rendered pages over the same admin service the
 * XRPC admin API uses. Sign-in with the admin password; every POST carries the session's
 * CSRF token (and a cross-origin `Origin` is refused); pages are never cached or framed and
 * load nothing from elsewhere.
 *
 * @module
 */
import express, { type NextFunction, type Request, type Response, Router } from 'express'
import { type AdminActor, recordAudit } from '#src/admin/audit-log.js'
import { AdminError } from '#src/admin/errors.js'
import { generatePassword } from '#src/admin/passwords.js'
import type { AppContext } from '#src/context.js'
import { PlcError } from '#src/identity/index.js'
import { html, layout, STYLESHEET } from './html.js'
import { accountPage, accountsPage, auditPage, invitesPage, loginPage, passwordResetPage, statusPage } from './pages.js'
import { tokensEqual, type WebSession, WebSessions } from './web-session.js'

const PAGE_SIZE = 50

// @NOTE success messages are chosen by code, so a crafted link cannot put words on the page
const NOTICES: Readonly<Record<string, string>> = {
  takedown: 'The account was taken down.',
  untakedown: 'The takedown was reversed.',
  handle: 'The handle was updated.',
  invites: 'Invite codes created.',
  disabled: 'The invite code was disabled.',
  crawl: 'The relays were asked to crawl.',
}

interface Signed {
  session: WebSession
}

/**
 * Builds the dashboard's router; mount it at `/admin`.
 *
 * @example
 * app.use('/admin', adminDashboard(ctx))
 */
export function adminDashboard(ctx: AppContext): Router {
  const router = Router()
  // @NOTE express 4 does not catch a rejected handler; these pass failures to the error handler
  type Handler = (req: Request, res: Response) => Promise<unknown> | unknown
  const wrap = (fn: Handler) => (req: Request, res: Response, next: NextFunction) => {
    Promise.resolve()
      .then(() => fn(req, res))
      .catch(next)
  }
  const get = (path: string, fn: Handler) => router.get(path, wrap(fn))
  const post = (path: string, fn: Handler) => router.post(path, wrap(fn))
  const sessions = new WebSessions(ctx.db, !ctx.config.devMode)
  const actor = (req: Request): AdminActor => ({ type: 'admin', channel: 'web', ip: req.ip })
  const signed = (res: Response) => (res.locals as Signed).session

  router.use((_req, res, next) => {
    res.setHeader(
      'content-security-policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
    res.setHeader('x-frame-options', 'DENY')
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('referrer-policy', 'same-origin')
    res.setHeader('cache-control', 'no-store')
    next()
  })
  router.use(express.urlencoded({ extended: false, limit: '16kb' }))
  router.get('/style.css', (_req, res) => {
    res.type('text/css').setHeader('cache-control', 'public, max-age=3600').send(STYLESHEET)
  })

  get('/login', (_req, res) => {
    res.type('html').send(layout('Sign in', loginPage(sessions.loginToken(res))))
  })
  post('/login', async (req, res) => {
    if (!sameOrigin(req) || !sessions.loginTokenValid(req, req.body?._csrf)) {
      res
        .status(403)
        .type('html')
        .send(layout('Sign in', loginPage(sessions.loginToken(res)), { error: 'The form expired; try again.' }))
      return
    }
    if (!tokensEqual(ctx.secrets.adminPassword, req.body?.password)) {
      ctx.logger.warn({ ip: req.ip }, 'admin dashboard: failed sign-in')
      res
        .status(401)
        .type('html')
        .send(layout('Sign in', loginPage(sessions.loginToken(res)), { error: 'Wrong password.' }))
      return
    }
    await sessions.start(res)
    await recordAudit(ctx.db, actor(req), 'web.signIn', null)
    res.redirect(303, '/admin')
  })

  // everything below needs a session
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    try {
      const session = await sessions.current(req)
      if (!session) {
        if (req.method === 'GET') res.redirect(303, '/admin/login')
        else
          res
            .status(401)
            .type('html')
            .send(layout('Signed out', loginPage(sessions.loginToken(res)), { error: 'Sign in first.' }))
        return
      }
      if (req.method === 'POST' && (!sameOrigin(req) || !tokensEqual(session.csrf, req.body?._csrf))) {
        ctx.logger.warn({ ip: req.ip, path: req.path }, 'admin dashboard: POST without a valid CSRF token refused')
        res
          .status(403)
          .type('html')
          .send(
            layout('Refused', htmlText('This form was not sent by the dashboard (CSRF check failed).'), {
              csrf: session.csrf,
            }),
          )
        return
      }
      ;(res.locals as Signed).session = session
      next()
    } catch (err) {
      next(err)
    }
  })

  const notice = (req: Request) => (typeof req.query.done === 'string' ? NOTICES[req.query.done] : undefined)

  post('/logout', async (req, res) => {
    await sessions.end(res, signed(res))
    await recordAudit(ctx.db, actor(req), 'web.signOut', null)
    res.redirect(303, '/admin/login')
  })

  get('/', (_req, res) => res.redirect(303, '/admin/accounts'))

  get('/accounts', async (req, res) => {
    const q = typeof req.query.q === 'string' ? req.query.q.slice(0, 256) : ''
    const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined
    const page = await ctx.admin.accounts.search({ query: q || undefined, cursor, limit: PAGE_SIZE })
    res.type('html').send(layout('Accounts', accountsPage(q, page), { csrf: signed(res).csrf, notice: notice(req) }))
  })

  const showAccount = async (req: Request, res: Response, extra: { error?: string; status?: number } = {}) => {
    const did = String(req.params.did)
    const details = await ctx.admin.accounts.details(did)
    const csrf = signed(res).csrf
    if (!details) {
      res
        .status(404)
        .type('html')
        .send(layout('Not found', htmlText(`No account ${did}`), { csrf }))
      return
    }
    const { entries } = await ctx.admin.auditLog({ limit: 20, subject: did })
    res
      .status(extra.status ?? 200)
      .type('html')
      .send(
        layout(details.handle, accountPage(details, csrf, entries), { csrf, notice: notice(req), error: extra.error }),
      )
  }
  get('/accounts/:did', (req, res) => showAccount(req, res))

  /** Runs an action on the account; a refusal re-renders the account page with the reason. */
  const accountAction =
    (run: (req: Request, res: Response, did: string) => Promise<string | undefined>) =>
    async (req: Request, res: Response) => {
      const did = String(req.params.did)
      try {
        const done = await run(req, res, did)
        if (done !== undefined) res.redirect(303, `/admin/accounts/${encodeURIComponent(did)}?done=${done}`)
      } catch (err) {
        const message = refusal(err)
        if (message === undefined) throw err
        await showAccount(req, res, { error: message, status: 400 })
      }
    }
  const repoRef = (did: string) => ({ $type: 'com.atproto.admin.defs#repoRef' as const, did })
  post(
    '/accounts/:did/takedown',
    accountAction(async (req, _res, did) => {
      const ref =
        typeof req.body.ref === 'string' && req.body.ref.trim() ? req.body.ref.trim().slice(0, 256) : undefined
      await ctx.admin.updateSubjectStatus(actor(req), repoRef(did), { applied: true, ...(ref ? { ref } : {}) })
      return 'takedown'
    }),
  )
  post(
    '/accounts/:did/untakedown',
    accountAction(async (req, _res, did) => {
      await ctx.admin.updateSubjectStatus(actor(req), repoRef(did), { applied: false })
      return 'untakedown'
    }),
  )
  post(
    '/accounts/:did/update-handle',
    accountAction(async (req, _res, did) => {
      await ctx.admin.updateHandle(actor(req), did, String(req.body.handle ?? '').trim())
      return 'handle'
    }),
  )
  post(
    '/accounts/:did/reset-password',
    accountAction(async (req, res, did) => {
      const password = generatePassword()
      await ctx.admin.updatePassword(actor(req), did, password)
      const account = await ctx.accounts.getAccount(did)
      const view = { did, handle: account?.handle ?? did }
      res.type('html').send(layout('Password reset', passwordResetPage(view, password), { csrf: signed(res).csrf }))
      return undefined
    }),
  )
  post(
    '/accounts/:did/delete',
    accountAction(async (req, _res, did) => {
      await ctx.admin.deleteAccount(actor(req), did)
      return 'deleted'
    }),
  )

  get('/invites', async (req, res) => {
    const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined
    const page = await ctx.admin.invites.list({ sort: 'recent', limit: PAGE_SIZE, cursor }).catch(() => ({ codes: [] }))
    const csrf = signed(res).csrf
    res.type('html').send(layout('Invite codes', invitesPage(page, csrf), { csrf, notice: notice(req) }))
  })
  post('/invites/create', async (req, res) => {
    try {
      await ctx.admin.invites.create(actor(req), {
        codeCount: Number(req.body.count ?? 1),
        useCount: Number(req.body.uses ?? 1),
      })
      res.redirect(303, '/admin/invites?done=invites')
    } catch (err) {
      const message = refusal(err)
      if (message === undefined) throw err
      const csrf = signed(res).csrf
      const page = await ctx.admin.invites.list({ sort: 'recent', limit: PAGE_SIZE })
      res
        .status(400)
        .type('html')
        .send(layout('Invite codes', invitesPage(page, csrf), { csrf, error: message }))
    }
  })
  post('/invites/disable', async (req, res) => {
    await ctx.admin.invites.disable(actor(req), { codes: [String(req.body.code ?? '')] })
    res.redirect(303, '/admin/invites?done=disabled')
  })

  get('/audit', async (req, res) => {
    const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined
    const page = await ctx.admin.auditLog({ limit: PAGE_SIZE, cursor })
    res.type('html').send(layout('Audit log', auditPage(page), { csrf: signed(res).csrf }))
  })

  get('/status', async (req, res) => {
    const csrf = signed(res).csrf
    res
      .type('html')
      .send(layout('Server status', statusPage(await ctx.admin.status(), csrf), { csrf, notice: notice(req) }))
  })
  post('/request-crawl', async (req, res) => {
    await ctx.admin.requestCrawl(actor(req))
    res.redirect(303, '/admin/status?done=crawl')
  })

  return router
}

/** The operator-facing reason of a refused action, or undefined for an unexpected error. */
function refusal(err: unknown): string | undefined {
  if (err instanceof AdminError) return err.message
  if (err instanceof PlcError) return `The PLC directory refused the update: ${err.message}`
  return undefined
}

/** A request whose Origin (when the browser sent one) is this server. */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  const host = req.headers.host
  return host !== undefined && URL.canParse(origin) && new URL(origin).host === host
}

function htmlText(text: string) {
  return html`<p>${text}</p>`
}
