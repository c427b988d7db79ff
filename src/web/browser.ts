/**
 * What the pages know about the browser: its device cookie (an unguessable id, HttpOnly,
 * SameSite=Lax), the CSRF token derived from it, the same-origin check on form posts, and the
 * language picked in the pages' menu.
 *
 * @module
 */
import { createHmac, randomBytes } from 'node:crypto'
import type { Request, Response } from 'express'
import { safeEqual } from '#src/auth/oauth/secrets.js'
import { chooseMessages, type Messages } from './i18n.js'

const DEVICE_COOKIE = 'pds-device'
const ONE_YEAR_S = 365 * 24 * 60 * 60
const LANGUAGE_COOKIE = 'pds-lang'

/**
 * The language of the page for this request: `?lang=` from the language menu (remembered in a
 * cookie for the pages after it, form posts included), the remembered one, or `Accept-Language`.
 */
export function pageMessages(req: Request, res: Response, secure: boolean): Messages {
  const picked = typeof req.query.lang === 'string' ? req.query.lang : undefined
  const t = chooseMessages({
    picked,
    remembered: readCookie(req, LANGUAGE_COOKIE),
    acceptLanguage: req.headers['accept-language'],
  })
  if (picked === t.lang) {
    res.append(
      'set-cookie',
      `${LANGUAGE_COOKIE}=${t.lang}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ONE_YEAR_S}${secure ? '; Secure' : ''}`,
    )
  }
  return t
}

/** Reads one cookie from the request. */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq !== -1 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return undefined
}

/**
 * The browser's device id, set as a cookie when it has none.
 * @NOTE the cookie is the browser's sign-in: HttpOnly, Lax (sent on the top-level return from the app), Secure over https
 */
export function deviceId(req: Request, res: Response, secure: boolean): string {
  const existing = readCookie(req, DEVICE_COOKIE)
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing
  const id = randomBytes(32).toString('base64url')
  res.append(
    'set-cookie',
    `${DEVICE_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ONE_YEAR_S}${secure ? '; Secure' : ''}`,
  )
  return id
}

/** The device's existing id, without setting one. */
export function existingDeviceId(req: Request): string | undefined {
  const existing = readCookie(req, DEVICE_COOKIE)
  return existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : undefined
}

/** CSRF tokens bound to the device id, so a page of another site can neither read nor forge them. */
export class Csrf {
  private readonly key: Buffer

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('csrf').digest()
  }

  token(device: string): string {
    return createHmac('sha256', this.key).update(device).digest('base64url')
  }

  /**
   * Whether a form post is genuine: same origin (when the browser says) and the token matches.
   * @NOTE the Origin and Sec-Fetch-Site checks stop cross-site posts even before the token is looked at
   */
  check(req: Request, origin: string): boolean {
    const device = existingDeviceId(req)
    const given = typeof req.body?.csrf === 'string' ? req.body.csrf : ''
    if (!device || given === '') return false
    const site = req.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return false
    const from = req.headers.origin
    if (from !== undefined && from !== 'null' && from !== origin) return false
    return safeEqual(given, this.token(device))
  }
}
