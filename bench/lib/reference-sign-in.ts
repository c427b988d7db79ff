/**
 * @module
 * Signs in to the reference PDS the way its sign-in page does. The reference's page is a
 * single-page app that calls a JSON API under `/@atproto/oauth-provider/~api/`; this drives
 * that API with what a browser would send: the cookies the page set (device and session
 * ids, `csrf-token`), the `x-csrf-token` header echoing the CSRF cookie, `Origin`,
 * `Referer` (the authorize page with its `request_uri`, which is how the API learns the
 * request), and the fetch metadata headers the API checks (`sec-fetch-mode: same-origin`,
 * `sec-fetch-site: same-origin`). Read from @atproto/oauth-provider 0.22.9 (the version
 * @atproto/pds 0.5.35 installs): router/create-api-middleware.js, router/assets/csrf.js.
 *
 * @example
 * const { code, verifier } = await referenceAuthorize(app, { did, handle, password }, 'atproto')
 */
import { request } from 'node:http'
import { pkce, type RawClient } from '../../test/helpers/oauth-raw.js'

const API = '/@atproto/oauth-provider/~api'

/** Cookies, as a browser keeps them for one origin (no expiry bookkeeping beyond deletion). */
class CookieJar {
  private readonly cookies = new Map<string, string>()

  take(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const pair = line.split(';')[0] ?? ''
      const at = pair.indexOf('=')
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name)
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}

/**
 * One HTTP request through node:http: fetch (undici) overwrites `sec-fetch-mode` with `cors`,
 * and the reference refuses anything but what a browser sends.
 */
function send(
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; setCookie: string[] | undefined; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          setCookie: res.headers['set-cookie'],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      )
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

/** PAR, the authorize page, sign-in and consent through the reference's API; the code and verifier. */
export async function referenceAuthorize(
  app: RawClient,
  account: { did: string; handle: string; password: string },
  scope: string,
): Promise<{ code: string; verifier: string }> {
  const { verifier, challenge } = pkce()
  const pushed = await app.par({ scope }, challenge)
  if (pushed.status !== 201) throw new Error(`PAR failed: ${JSON.stringify(pushed.body)}`)
  const pageUrl = `${app.base}/oauth/authorize?${new URLSearchParams({ client_id: app.opts.clientId, request_uri: pushed.body.request_uri as string })}`
  const jar = new CookieJar()
  const page = await send(pageUrl, {
    headers: { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'sec-fetch-site': 'cross-site' },
  })
  jar.take(page.setCookie)
  if (page.status !== 200) throw new Error(`authorize page: ${page.status} ${page.text.slice(0, 500)}`)
  const call = async (endpoint: string, body: unknown) => {
    const res = await send(app.base + API + endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: app.base,
        referer: pageUrl,
        'sec-fetch-mode': 'same-origin',
        'sec-fetch-site': 'same-origin',
        'sec-fetch-dest': 'empty',
        'x-csrf-token': jar.get('csrf-token') ?? '',
        cookie: jar.header(),
      },
      body: JSON.stringify(body),
    })
    jar.take(res.setCookie)
    const json = JSON.parse(res.text) as Record<string, unknown>
    if (res.status !== 200) throw new Error(`${endpoint}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  await call('/sign-in', { locale: 'en', username: account.handle, password: account.password, remember: true })
  const { url } = await call('/consent', { did: account.did })
  const code = new URL(url as string).searchParams.get('code')
  if (!code) throw new Error(`consent answered no code: ${String(url)}`)
  return { code, verifier }
}
