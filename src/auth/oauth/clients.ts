/**
 * OAuth clients, identified by their `client_id`: either a URL serving the client's metadata
 * document (fetched through the SSRF-safe outbound fetch, validated, cached), or a loopback
 * development client (`http://localhost?redirect_uri=...&scope=...`) whose metadata is
 * implied by its id.
 *
 * @see https://atproto.com/specs/oauth#clients
 * @module
 */

import { isValidScope } from '#src/auth/scopes/index.js'
import { OutboundRequestError, type SafeFetcher } from '#src/net/safe-fetch.js'
import { OAuthError } from './errors.js'

/** The client metadata we use (a subset of RFC 7591 + the atproto profile). */
export interface ClientMetadata {
  client_id: string
  redirect_uris: string[]
  scope: string
  grant_types: string[]
  response_types: string[]
  application_type: 'web' | 'native'
  token_endpoint_auth_method: 'none' | 'private_key_jwt'
  token_endpoint_auth_signing_alg?: string
  dpop_bound_access_tokens: boolean
  jwks?: { keys: Record<string, unknown>[] }
  jwks_uri?: string
  client_name?: string
  client_uri?: string
  logo_uri?: string
  tos_uri?: string
  policy_uri?: string
}

/** A client we know how to talk to. */
export interface OAuthClient {
  readonly id: string
  readonly metadata: ClientMetadata
  /** A loopback development client (`http://localhost...`). */
  readonly loopback: boolean
  /** Authenticates with `private_key_jwt`. */
  readonly confidential: boolean
}

/** How long a fetched metadata document is reused. */
export const CLIENT_CACHE_TTL_MS = 10 * 60_000
const CLIENT_CACHE_MAX = 1_000
const METADATA_MAX_BYTES = 64 * 1024
const FETCH_TIMEOUT_MS = 5_000

/**
 * Finds and validates clients.
 *
 * @example
 * const client = await clients.get('https://app.example.com/oauth-client-metadata.json')
 * clients.checkRedirectUri(client, 'https://app.example.com/callback')
 */
export class ClientStore {
  private readonly cache = new Map<string, { client: OAuthClient; expiresAt: number }>()

  constructor(
    private readonly outbound: Pick<SafeFetcher, 'fetchJson'>,
    private readonly opts: { allowHttp: boolean },
  ) {}

  /** The client `clientId` names. @throws OAuthError invalid_client / invalid_client_metadata */
  async get(clientId: string): Promise<OAuthClient> {
    if (isLoopbackClientId(clientId)) return loopbackClient(clientId)
    const cached = this.cache.get(clientId)
    if (cached && cached.expiresAt > Date.now()) return cached.client
    const url = this.checkClientIdUrl(clientId)
    let document: unknown
    try {
      document = await this.outbound.fetchJson(url, {
        timeoutMs: FETCH_TIMEOUT_MS,
        maxBytes: METADATA_MAX_BYTES,
        headers: { accept: 'application/json' },
      })
    } catch (err) {
      const why = err instanceof OutboundRequestError ? err.message : 'it could not be fetched'
      throw new OAuthError('invalid_client', `Client metadata of ${clientId} is unavailable: ${why}`, 400, {
        cause: err,
      })
    }
    const metadata = validateMetadata(clientId, document, this.opts.allowHttp)
    if (metadata.token_endpoint_auth_method === 'private_key_jwt' && !metadata.jwks && metadata.jwks_uri) {
      try {
        const jwks = await this.outbound.fetchJson<{ keys?: unknown }>(metadata.jwks_uri, {
          timeoutMs: FETCH_TIMEOUT_MS,
          maxBytes: METADATA_MAX_BYTES,
        })
        if (!Array.isArray(jwks.keys)) throw new Error('no keys')
        metadata.jwks = { keys: jwks.keys as Record<string, unknown>[] }
      } catch (err) {
        throw new OAuthError('invalid_client_metadata', `The jwks_uri of ${clientId} is unusable`, 400, { cause: err })
      }
    }
    const client: OAuthClient = {
      id: clientId,
      metadata,
      loopback: false,
      confidential: metadata.token_endpoint_auth_method === 'private_key_jwt',
    }
    if (this.cache.size >= CLIENT_CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string)
    this.cache.set(clientId, { client, expiresAt: Date.now() + CLIENT_CACHE_TTL_MS })
    return client
  }

  /**
   * Checks that `redirectUri` is one the client registered. Loopback IP redirects match on
   * any port (RFC 8252 7.3). @throws OAuthError invalid_request
   */
  checkRedirectUri(client: OAuthClient, redirectUri: string): void {
    const ok = client.metadata.redirect_uris.some((registered) => {
      if (registered === redirectUri) return true
      if (!URL.canParse(registered) || !URL.canParse(redirectUri)) return false
      const a = new URL(registered)
      const b = new URL(redirectUri)
      return (
        a.protocol === 'http:' &&
        isLoopbackIp(a.hostname) &&
        a.hostname === b.hostname &&
        a.protocol === b.protocol &&
        a.pathname === b.pathname &&
        a.search === b.search
      )
    })
    if (!ok) throw new OAuthError('invalid_request', `redirect_uri ${redirectUri} is not registered by the client`)
  }

  private checkClientIdUrl(clientId: string): URL {
    if (!URL.canParse(clientId)) throw new OAuthError('invalid_client', 'client_id must be a URL')
    const url = new URL(clientId)
    if (url.protocol !== 'https:' && !(this.opts.allowHttp && url.protocol === 'http:')) {
      throw new OAuthError('invalid_client', 'client_id must be an https URL')
    }
    if (url.hash || url.username || url.password || url.href !== clientId) {
      throw new OAuthError('invalid_client', 'client_id must be a normalised URL without fragment or credentials')
    }
    return url
  }
}

/** `http://localhost` with optional `redirect_uri` and `scope` query parameters. */
function isLoopbackClientId(clientId: string): boolean {
  return (
    clientId === 'http://localhost' ||
    clientId.startsWith('http://localhost?') ||
    clientId.startsWith('http://localhost/')
  )
}

function loopbackClient(clientId: string): OAuthClient {
  if (!URL.canParse(clientId)) throw new OAuthError('invalid_client', 'Malformed loopback client_id')
  const url = new URL(clientId)
  if (url.port !== '' || (url.pathname !== '/' && url.pathname !== '') || url.hash) {
    throw new OAuthError('invalid_client', 'A loopback client_id is http://localhost with no port, path or fragment')
  }
  for (const key of url.searchParams.keys()) {
    if (key !== 'redirect_uri' && key !== 'scope')
      throw new OAuthError('invalid_client', `Unknown loopback client_id parameter ${key}`)
  }
  const redirects = url.searchParams.getAll('redirect_uri')
  const scopes = url.searchParams.getAll('scope')
  if (scopes.length > 1) throw new OAuthError('invalid_client', 'A loopback client_id names at most one scope')
  for (const uri of redirects) {
    const parsed = URL.canParse(uri) ? new URL(uri) : undefined
    if (parsed?.protocol !== 'http:' || !isLoopbackIp(parsed.hostname)) {
      throw new OAuthError('invalid_client', 'Loopback redirect URIs must be http://127.0.0.1 or http://[::1]')
    }
  }
  const scope = scopes[0] ?? 'atproto'
  checkScopes(scope)
  return {
    id: clientId,
    loopback: true,
    confidential: false,
    metadata: {
      client_id: clientId,
      redirect_uris: redirects.length > 0 ? redirects : ['http://127.0.0.1/', 'http://[::1]/'],
      scope,
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      application_type: 'native',
      token_endpoint_auth_method: 'none',
      dpop_bound_access_tokens: true,
      client_name: 'Loopback development client',
    },
  }
}

function validateMetadata(clientId: string, doc: unknown, allowHttp: boolean): ClientMetadata {
  const bad = (why: string) => new OAuthError('invalid_client_metadata', `Client metadata of ${clientId}: ${why}`)
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw bad('not a JSON object')
  const m = doc as Record<string, unknown>
  if (m.client_id !== clientId) throw bad('its client_id is not the URL it was fetched from')
  const strings = (key: string, fallback?: string[]): string[] => {
    const v = m[key] ?? fallback
    if (!Array.isArray(v) || v.length === 0 || !v.every((s) => typeof s === 'string'))
      throw bad(`${key} must be a non-empty string array`)
    return v as string[]
  }
  const optionalUrl = (key: string): string | undefined => {
    const v = m[key]
    if (v === undefined) return undefined
    if (
      typeof v !== 'string' ||
      !URL.canParse(v) ||
      !['https:', ...(allowHttp ? ['http:'] : [])].includes(new URL(v).protocol)
    ) {
      throw bad(`${key} must be an https URL`)
    }
    return v
  }
  const applicationType = m.application_type ?? 'web'
  if (applicationType !== 'web' && applicationType !== 'native') throw bad('application_type must be web or native')
  const grantTypes = strings('grant_types', ['authorization_code'])
  if (!grantTypes.includes('authorization_code')) throw bad('grant_types must include authorization_code')
  if (grantTypes.some((g) => g !== 'authorization_code' && g !== 'refresh_token'))
    throw bad('grant_types may only be authorization_code and refresh_token')
  const responseTypes = strings('response_types', ['code'])
  if (!responseTypes.includes('code')) throw bad('response_types must include code')
  if (m.dpop_bound_access_tokens !== true) throw bad('dpop_bound_access_tokens must be true')
  if (typeof m.scope !== 'string') throw bad('scope is required')
  checkScopes(m.scope, bad)
  const method = m.token_endpoint_auth_method ?? 'none'
  if (method !== 'none' && method !== 'private_key_jwt')
    throw bad('token_endpoint_auth_method must be none or private_key_jwt')
  const clientHost = new URL(clientId).hostname
  const redirectUris = strings('redirect_uris')
  for (const uri of redirectUris) checkRedirect(uri, applicationType, clientHost, allowHttp, bad)
  const metadata: ClientMetadata = {
    client_id: clientId,
    redirect_uris: redirectUris,
    scope: m.scope,
    grant_types: grantTypes,
    response_types: responseTypes,
    application_type: applicationType,
    token_endpoint_auth_method: method,
    dpop_bound_access_tokens: true,
    client_name: typeof m.client_name === 'string' ? m.client_name.slice(0, 100) : undefined,
    client_uri: optionalUrl('client_uri'),
    logo_uri: optionalUrl('logo_uri'),
    tos_uri: optionalUrl('tos_uri'),
    policy_uri: optionalUrl('policy_uri'),
  }
  if (method === 'private_key_jwt') {
    if (m.token_endpoint_auth_signing_alg !== undefined && m.token_endpoint_auth_signing_alg !== 'ES256') {
      throw bad('token_endpoint_auth_signing_alg must be ES256')
    }
    metadata.token_endpoint_auth_signing_alg = 'ES256'
    const jwks = m.jwks as { keys?: unknown } | undefined
    if (jwks !== undefined) {
      if (!Array.isArray(jwks?.keys)) throw bad('jwks must hold a keys array')
      metadata.jwks = { keys: jwks.keys as Record<string, unknown>[] }
    } else {
      metadata.jwks_uri = optionalUrl('jwks_uri')
      if (!metadata.jwks_uri) throw bad('a private_key_jwt client needs jwks or jwks_uri')
    }
  }
  return metadata
}

/**
 * A web client's redirect URIs are https on the client_id's own host; a native client's are
 * a private-use scheme that is its host reversed (com.example.app:/cb) or loopback http.
 * @NOTE this is what stops metadata that "lies": redirecting codes to someone else's site
 */
function checkRedirect(
  uri: string,
  applicationType: 'web' | 'native',
  clientHost: string,
  allowHttp: boolean,
  bad: (why: string) => OAuthError,
): void {
  if (!URL.canParse(uri)) throw bad(`redirect URI ${uri} is not a URL`)
  const url = new URL(uri)
  if (url.hash) throw bad(`redirect URI ${uri} has a fragment`)
  if (applicationType === 'native' && url.protocol === 'http:' && isLoopbackIp(url.hostname)) return
  if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) {
    if (url.hostname !== clientHost) throw bad(`redirect URI ${uri} is not on the client's host ${clientHost}`)
    return
  }
  if (applicationType === 'native') {
    const scheme = url.protocol.slice(0, -1)
    if (scheme.includes('.') && scheme === clientHost.split('.').reverse().join('.')) return
  }
  throw bad(`redirect URI ${uri} is not allowed for a ${applicationType} client`)
}

function checkScopes(scope: string, bad = (why: string) => new OAuthError('invalid_client', why)): void {
  const values = scope.split(' ')
  if (!values.includes('atproto')) throw bad('scope must include atproto')
  for (const value of values) if (!isValidScope(value)) throw bad(`unknown scope ${value}`)
}

function isLoopbackIp(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === '[::1]'
}
