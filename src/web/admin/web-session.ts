/**
 * Sign-in sessions of the web dashboard: a random cookie (HttpOnly, SameSite=Strict, Secure
 * outside development, 30 minutes), stored only as its SHA-256, with the session's CSRF
 * token. The sign-in form itself is protected by a double-submit token in its own cookie.
 *
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Request, Response } from 'express'
import type { Database } from '#src/db/database.js'

/** How long a dashboard sign-in lasts. */
export const SESSION_TTL_MS = 30 * 60 * 1000
const SESSION_COOKIE = 'pds_admin_session'
const LOGIN_COOKIE = 'pds_admin_login'

/** A signed-in dashboard session. */
export interface WebSession {
  idHash: string
  csrf: string
}

/**
 * @example
 * const session = await sessions.current(req)
 * if (!session) return res.redirect('/admin/login')
 */
export class WebSessions {
  constructor(
    private readonly db: Database,
    private readonly secure: boolean,
  ) {}

  /** Starts a session and sets its cookie. */
  async start(res: Response): Promise<WebSession> {
    const id = randomBytes(32).toString('base64url')
    const csrf = randomBytes(32).toString('base64url')
    const now = Date.now()
    const idHash = hash(id)
    // @NOTE expired sessions of anyone are swept at each sign-in; there are few
    await this.db.deleteFrom('adminWebSession').where('expiresAt', '<=', new Date(now).toISOString()).execute()
    await this.db
      .insertInto('adminWebSession')
      .values({
        idHash,
        csrfToken: csrf,
        createdAt: new Date(now).toISOString(),
        expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
      })
      .execute()
    res.append('set-cookie', this.cookie(SESSION_COOKIE, id, SESSION_TTL_MS))
    return { idHash, csrf }
  }

  /** The live session of the request's cookie, or undefined. */
  async current(req: Request): Promise<WebSession | undefined> {
    const id = readCookie(req, SESSION_COOKIE)
    if (!id) return undefined
    const row = await this.db
      .selectFrom('adminWebSession')
      .select(['idHash', 'csrfToken', 'expiresAt'])
      .where('idHash', '=', hash(id))
      .executeTakeFirst()
    if (!row || Date.parse(row.expiresAt) <= Date.now()) return undefined
    return { idHash: row.idHash, csrf: row.csrfToken }
  }

  /** Ends the session and clears its cookie. */
  async end(res: Response, session: WebSession | undefined): Promise<void> {
    if (session) await this.db.deleteFrom('adminWebSession').where('idHash', '=', session.idHash).execute()
    res.append('set-cookie', this.cookie(SESSION_COOKIE, '', 0))
  }

  /** A fresh token for the sign-in form, also set as a short-lived cookie (double submit). */
  loginToken(res: Response): string {
    const token = randomBytes(24).toString('base64url')
    res.append('set-cookie', this.cookie(LOGIN_COOKIE, token, 10 * 60 * 1000))
    return token
  }

  /** Whether the sign-in form's token matches its cookie. */
  loginTokenValid(req: Request, submitted: unknown): boolean {
    return tokensEqual(readCookie(req, LOGIN_COOKIE), submitted)
  }

  private cookie(name: string, value: string, maxAgeMs: number): string {
    const parts = [
      `${name}=${value}`,
      'Path=/admin',
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${Math.floor(maxAgeMs / 1000)}`,
    ]
    if (this.secure) parts.push('Secure')
    return parts.join('; ')
  }
}

/** Constant-time comparison of a submitted token with the expected one. */
export function tokensEqual(expected: string | undefined, submitted: unknown): boolean {
  if (!expected || typeof submitted !== 'string' || submitted.length === 0) return false
  const a = Buffer.from(hash(expected))
  const b = Buffer.from(hash(submitted))
  return timingSafeEqual(a, b)
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=')
    if (at < 0) continue
    if (pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim()
  }
  return undefined
}
