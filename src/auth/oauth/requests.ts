/**
 * Authorization requests: pushed (PAR, RFC 9126) with their parameters checked against the
 * client's metadata, then signed in to and approved (or denied) in the browser, which turns
 * them into a single-use code on the client's redirect URI.
 *
 * @module
 */

import { isValidScope, parsePermission } from '#src/auth/scopes/index.js'
import { expandInclude, PermissionSetError, type PermissionSetResolver } from '#src/auth/scopes/permission-sets.js'
import type { Database } from '#src/db/database.js'
import type { ClientAuth } from './client-auth.js'
import type { ClientStore, OAuthClient } from './clients.js'
import { OAuthError } from './errors.js'
import { randomToken, sha256Hex } from './secrets.js'

/** How long a pushed request may wait for the user. */
export const PAR_TTL_MS = 5 * 60_000
/** How long an authorization code is valid. */
export const CODE_TTL_MS = 60_000
/** The `request_uri` prefix (RFC 9126). */
export const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:'

/** The checked parameters of an authorization request. */
export interface AuthorizationParameters {
  client_id: string
  redirect_uri: string
  scope: string
  state: string
  code_challenge: string
  code_challenge_method: 'S256'
  response_mode: 'query' | 'fragment'
  login_hint?: string
  prompt?: 'login' | 'consent' | 'select_account' | 'none'
  /** What the `include:` scopes expanded to, resolved at PAR. */
  included: string[]
  /** The titles of the included permission sets, by NSID, for the consent page. */
  includeTitles: Record<string, string>
}

/** A pending request, as the authorization pages see it. */
export interface PendingRequest {
  id: string
  requestUri: string
  client: OAuthClient
  parameters: AuthorizationParameters
  did: string | null
  deviceId: string | null
}

/**
 * @example
 * const { request_uri } = await requests.push(client, params, { dpopJkt, clientAuth })
 */
export class RequestStore {
  constructor(
    private readonly db: Database,
    private readonly clients: ClientStore,
    private readonly issuer: string,
    private readonly permissionSets: PermissionSetResolver,
  ) {}

  /** Stores a pushed request. @throws OAuthError */
  async push(
    client: OAuthClient,
    raw: Record<string, string | undefined>,
    binding: { dpopJkt: string; clientAuth: ClientAuth },
  ): Promise<{ request_uri: string; expires_in: number }> {
    if (raw.request_uri !== undefined) throw new OAuthError('invalid_request', 'request_uri is not allowed at PAR')
    if (raw.request !== undefined) throw new OAuthError('invalid_request', 'Request objects are not supported')
    if (raw.dpop_jkt !== undefined && raw.dpop_jkt !== binding.dpopJkt) {
      throw new OAuthError('invalid_request', 'dpop_jkt does not match the DPoP proof')
    }
    const parameters = await this.checkParameters(client, raw)
    const id = randomToken('req-', 24)
    await this.db
      .insertInto('oauthRequest')
      .values({
        id,
        clientId: client.id,
        clientAuth: JSON.stringify(binding.clientAuth),
        parameters: JSON.stringify(parameters),
        dpopJkt: binding.dpopJkt,
        deviceId: null,
        did: null,
        codeHash: null,
        expiresAt: new Date(Date.now() + PAR_TTL_MS).toISOString(),
      })
      .execute()
    // @NOTE expired requests are swept on the way, so the table stays small without a timer
    await this.db.deleteFrom('oauthRequest').where('expiresAt', '<', new Date().toISOString()).execute()
    return { request_uri: REQUEST_URI_PREFIX + id, expires_in: PAR_TTL_MS / 1000 }
  }

  /** The pending request `requestUri` names for `clientId`. @throws OAuthError */
  async get(requestUri: string | undefined, clientId: string | undefined): Promise<PendingRequest> {
    if (!requestUri?.startsWith(REQUEST_URI_PREFIX)) {
      throw new OAuthError('invalid_request', 'This server needs a request_uri from pushed authorization (PAR)')
    }
    const id = requestUri.slice(REQUEST_URI_PREFIX.length)
    const row = await this.db.selectFrom('oauthRequest').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row || row.codeHash !== null || Date.parse(row.expiresAt) <= Date.now()) {
      throw new OAuthError(
        'invalid_request',
        'This sign-in request has expired or was already used; start again from the app',
      )
    }
    if (clientId !== undefined && row.clientId !== clientId)
      throw new OAuthError('invalid_request', 'client_id does not match the request')
    const client = await this.clients.get(row.clientId)
    return {
      id,
      requestUri,
      client,
      parameters: JSON.parse(row.parameters) as AuthorizationParameters,
      did: row.did,
      deviceId: row.deviceId,
    }
  }

  /** Ties the request to the browser it is being authorized in (the first one to open it). */
  async bindDevice(request: PendingRequest, deviceId: string): Promise<void> {
    if (request.deviceId === deviceId) return
    if (request.deviceId !== null)
      throw new OAuthError('access_denied', 'This sign-in request was opened in another browser')
    const { numUpdatedRows } = await this.db
      .updateTable('oauthRequest')
      .set({ deviceId })
      .where('id', '=', request.id)
      .where('deviceId', 'is', null)
      .executeTakeFirst()
    if (numUpdatedRows === 0n)
      throw new OAuthError('access_denied', 'This sign-in request was opened in another browser')
    request.deviceId = deviceId
  }

  /** Records that `did` signed in for the request. */
  async setAccount(request: PendingRequest, did: string): Promise<void> {
    await this.db
      .updateTable('oauthRequest')
      .set({ did })
      .where('id', '=', request.id)
      .where('codeHash', 'is', null)
      .execute()
    request.did = did
  }

  /** Issues the code for `did` and returns the redirect that carries it. */
  async approve(request: PendingRequest, did: string): Promise<string> {
    const code = randomToken('cod-')
    const { numUpdatedRows } = await this.db
      .updateTable('oauthRequest')
      .set({ did, codeHash: sha256Hex(code), expiresAt: new Date(Date.now() + CODE_TTL_MS).toISOString() })
      .where('id', '=', request.id)
      .where('codeHash', 'is', null)
      .executeTakeFirst()
    if (numUpdatedRows === 0n) throw new OAuthError('invalid_request', 'This sign-in request was already answered')
    return this.redirect(request.parameters, { code, state: request.parameters.state, iss: this.issuer })
  }

  /**
   * Ends the request and returns the redirect that tells the client `error` (`access_denied`
   * by default; `login_required` or `consent_required` for a `prompt=none` that needs the user).
   */
  async deny(
    request: PendingRequest,
    error = 'access_denied',
    description = 'The user did not allow access',
  ): Promise<string> {
    await this.db.deleteFrom('oauthRequest').where('id', '=', request.id).execute()
    return this.redirect(request.parameters, {
      error,
      error_description: description,
      state: request.parameters.state,
      iss: this.issuer,
    })
  }

  /**
   * Takes the request whose code is `code`, deleting it so the code works once.
   * Null when there is none (unknown, expired or already used).
   */
  async takeByCode(code: string) {
    const codeHash = sha256Hex(code)
    return this.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('oauthRequest').selectAll().where('codeHash', '=', codeHash).executeTakeFirst()
      if (!row) return null
      const { numDeletedRows } = await trx.deleteFrom('oauthRequest').where('id', '=', row.id).executeTakeFirst()
      if (numDeletedRows === 0n || Date.parse(row.expiresAt) <= Date.now() || row.did === null) return null
      return {
        ...row,
        did: row.did,
        parameters: JSON.parse(row.parameters) as AuthorizationParameters,
        clientAuth: JSON.parse(row.clientAuth) as ClientAuth,
      }
    })
  }

  private redirect(params: AuthorizationParameters, values: Record<string, string>): string {
    const url = new URL(params.redirect_uri)
    const encoded = new URLSearchParams(values)
    if (params.response_mode === 'fragment') url.hash = encoded.toString()
    else for (const [k, v] of encoded) url.searchParams.set(k, v)
    return url.href
  }

  private async checkParameters(
    client: OAuthClient,
    raw: Record<string, string | undefined>,
  ): Promise<AuthorizationParameters> {
    if (raw.response_type !== 'code') throw new OAuthError('invalid_request', 'response_type must be code')
    const redirectUri =
      raw.redirect_uri ?? (client.metadata.redirect_uris.length === 1 ? client.metadata.redirect_uris[0] : undefined)
    if (!redirectUri) throw new OAuthError('invalid_request', 'redirect_uri is required')
    this.clients.checkRedirectUri(client, redirectUri)
    if (raw.code_challenge_method !== 'S256')
      throw new OAuthError('invalid_request', 'code_challenge_method must be S256')
    if (!raw.code_challenge || !/^[A-Za-z0-9_-]{43}$/.test(raw.code_challenge)) {
      throw new OAuthError('invalid_request', 'code_challenge must be a base64url SHA-256 digest')
    }
    if (!raw.state) throw new OAuthError('invalid_request', 'state is required')
    const responseMode = raw.response_mode ?? 'query'
    if (responseMode !== 'query' && responseMode !== 'fragment') {
      throw new OAuthError('invalid_request', 'response_mode must be query or fragment')
    }
    const scope = raw.scope ?? client.metadata.scope
    const scopes = scope.split(' ')
    const allowed = new Set(client.metadata.scope.split(' '))
    if (!scopes.includes('atproto')) throw new OAuthError('invalid_scope', 'scope must include atproto')
    for (const value of scopes) {
      if (!isValidScope(value)) throw new OAuthError('invalid_scope', `Unknown scope ${value}`)
      if (!allowed.has(value)) throw new OAuthError('invalid_scope', `The client did not declare the scope ${value}`)
    }
    const included: string[] = []
    const includeTitles: Record<string, string> = {}
    for (const value of scopes) {
      const include = parsePermission(value)
      if (include?.kind !== 'include') continue
      try {
        const set = await this.permissionSets.resolve(include.nsid)
        included.push(...expandInclude(include, set))
        if (set.title) includeTitles[include.nsid] = set.title
      } catch (err) {
        if (!(err instanceof PermissionSetError)) throw err
        throw new OAuthError('invalid_scope', `Cannot grant ${value}: ${err.message}`, 400, { cause: err })
      }
    }
    const prompt = raw.prompt
    if (prompt !== undefined && !['login', 'consent', 'select_account', 'none'].includes(prompt)) {
      throw new OAuthError('invalid_request', 'Unknown prompt')
    }
    return {
      client_id: client.id,
      redirect_uri: redirectUri,
      scope: [...new Set(scopes)].join(' '),
      state: raw.state,
      code_challenge: raw.code_challenge,
      code_challenge_method: 'S256',
      response_mode: responseMode,
      login_hint: raw.login_hint?.slice(0, 256),
      prompt: prompt as AuthorizationParameters['prompt'],
      included: [...new Set(included)],
      includeTitles,
    }
  }
}
