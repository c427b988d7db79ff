/**
 * A hand-driven OAuth client for the negative-path tests: real ES256 keys, DPoP proofs it
 * can bend (wrong htu, stale nonce, replays), PAR, the sign-in and consent forms posted
 * over HTTP like a browser without JavaScript, and the token endpoint.
 *
 * @module
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'

/** A DPoP or client-assertion key (ES256). */
export interface TestKey {
  privateKey: KeyObject
  jwk: Record<string, unknown>
}

/** A fresh P-256 key. */
export function newKey(kid?: string): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, unknown>
  return { privateKey, jwk: kid ? { ...jwk, kid, alg: 'ES256', use: 'sig' } : jwk }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Signs a compact ES256 JWS. */
export function signJws(key: TestKey, header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const input = `${b64({ alg: 'ES256', ...header })}.${b64(payload)}`
  const sig = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
  return `${input}.${sig.toString('base64url')}`
}

/** A DPoP proof; `claims` override the defaults (jti, iat, htm, htu, nonce, ath). */
export function dpopProof(
  key: TestKey,
  opts: { htm: string; htu: string; nonce?: string; accessToken?: string; claims?: Record<string, unknown> },
): string {
  const payload: Record<string, unknown> = {
    jti: randomBytes(12).toString('base64url'),
    iat: Math.floor(Date.now() / 1000),
    htm: opts.htm,
    htu: opts.htu,
    ...(opts.nonce ? { nonce: opts.nonce } : {}),
    ...(opts.accessToken ? { ath: createHash('sha256').update(opts.accessToken).digest('base64url') } : {}),
    ...opts.claims,
  }
  return signJws(key, { typ: 'dpop+jwt', jwk: key.jwk }, payload)
}

/** PKCE verifier and S256 challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url')
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') }
}

/** The result of one call: status, JSON body, headers. */
export interface Answer {
  status: number
  body: Record<string, unknown>
  headers: Headers
}

/**
 * One OAuth app talking to the PDS at `base` (our public URL, `http://localhost:<port>`).
 *
 * @example
 * const app = new RawClient(pds.ctx.config.publicUrl, { clientId, redirectUri })
 * const { code, verifier } = await app.authorize(alice)
 * const tokens = await app.token({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri })
 */
export class RawClient {
  nonce: string | undefined
  key: TestKey = newKey()

  constructor(
    readonly base: string,
    readonly opts: { clientId: string; redirectUri: string; assertion?: () => Record<string, string> },
  ) {}

  /** POSTs a form to an OAuth endpoint with a fresh proof, retrying once on use_dpop_nonce. */
  async post(path: string, form: Record<string, string>, proof?: (nonce?: string) => string): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      const dpop = proof
        ? proof(this.nonce)
        : dpopProof(this.key, { htm: 'POST', htu: this.base + path, nonce: this.nonce })
      const res = await fetch(this.base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', dpop },
        body: new URLSearchParams({ client_id: this.opts.clientId, ...this.opts.assertion?.(), ...form }),
      })
      this.nonce = res.headers.get('dpop-nonce') ?? this.nonce
      const body = (await res.json()) as Record<string, unknown>
      if (attempt === 0 && body.error === 'use_dpop_nonce') continue
      return { status: res.status, body, headers: res.headers }
    }
  }

  /** Pushes an authorization request. */
  par(extra: Record<string, string> = {}, challenge = pkce().challenge): Promise<Answer> {
    return this.post('/oauth/par', {
      response_type: 'code',
      redirect_uri: this.opts.redirectUri,
      scope: 'atproto',
      state: randomBytes(8).toString('hex'),
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    })
  }

  /** PAR, then sign-in and consent through the pages' forms; returns the code and verifier. */
  async authorize(account: { handle: string; password: string }, par: Record<string, string> = {}) {
    const { verifier, challenge } = pkce()
    const pushed = await this.par(par, challenge)
    if (pushed.status !== 201) throw new Error(`PAR failed: ${JSON.stringify(pushed.body)}`)
    const requestUri = pushed.body.request_uri as string
    const browser = new FormBrowser(this.base)
    const page = await browser.get(
      `/oauth/authorize?${new URLSearchParams({ client_id: this.opts.clientId, request_uri: requestUri })}`,
    )
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? ''
    const signedIn = await browser.post('/oauth/authorize/sign-in', {
      request_uri: requestUri,
      csrf,
      identifier: account.handle,
      password: account.password,
    })
    // @NOTE an app granted the same scopes before is approved at once, without the consent page
    const done =
      signedIn.status === 303
        ? signedIn
        : await browser.post('/oauth/authorize/consent', { request_uri: requestUri, csrf, decision: 'allow' })
    const location = done.headers.get('location')
    if (!location) throw new Error(`consent did not redirect: ${done.status} ${done.text.slice(0, 300)}`)
    const code = new URL(location).searchParams.get('code') as string
    return { code, verifier, requestUri }
  }

  /** Exchanges a code. */
  exchange(code: string, verifier: string): Promise<Answer> {
    return this.post('/oauth/token', {
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: this.opts.redirectUri,
    })
  }

  /** Calls an XRPC method with `Authorization: DPoP` and a proof (optionally bent by `claims`). */
  async xrpc(
    accessToken: string,
    nsid: string,
    init: {
      method?: string
      body?: unknown
      query?: string
      claims?: Record<string, unknown>
      proof?: string
      scheme?: string
    } = {},
  ): Promise<Answer & { proof: string }> {
    const method = init.method ?? 'GET'
    const path = `/xrpc/${nsid}`
    for (let attempt = 0; ; attempt++) {
      const proof =
        init.proof ??
        dpopProof(this.key, { htm: method, htu: this.base + path, nonce: this.nonce, accessToken, claims: init.claims })
      const res = await fetch(`${this.base}${path}${init.query ? `?${init.query}` : ''}`, {
        method,
        headers: {
          authorization: `${init.scheme ?? 'DPoP'} ${accessToken}`,
          dpop: proof,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      })
      this.nonce = res.headers.get('dpop-nonce') ?? this.nonce
      const body = (await res.json()) as Record<string, unknown>
      if (attempt === 0 && !init.proof && res.headers.get('www-authenticate')?.includes('use_dpop_nonce')) continue
      return { status: res.status, body, headers: res.headers, proof }
    }
  }
}

/** A cookie-keeping form poster, like a browser without JavaScript. */
export class FormBrowser {
  private cookies = new Map<string, string>()

  constructor(readonly base: string) {}

  async get(path: string) {
    return this.send(path, { method: 'GET' })
  }

  async post(path: string, form: Record<string, string>) {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.base },
      body: new URLSearchParams(form),
    })
  }

  private async send(path: string, init: RequestInit) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const res = await fetch(this.base + path, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    })
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';')
      const eq = pair.indexOf('=')
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
    return { status: res.status, headers: res.headers, text: await res.text() }
  }
}
