/**
 * The OAuth 2.1 authorization server of the atproto profile, assembled: clients, pushed
 * requests, token families, DPoP, devices. HTTP lives in ./routes.ts (endpoints) and
 * src/web/ (pages); the resource-server side is in src/auth/verifier.ts.
 *
 * @see https://atproto.com/specs/oauth
 * @module
 */

import { PermissionSetResolver } from '#src/auth/scopes/permission-sets.js'
import { STATIC_SCOPES } from '#src/auth/scopes/permissions.js'
import type { DatabaseConfig } from '#src/config.js'
import type { Database } from '#src/db/database.js'
import type { DidResolver } from '#src/identity/index.js'
import type { SafeFetcher } from '#src/net/safe-fetch.js'
import { AccessTokenSigner } from './access-token.js'
import { ClientStore } from './clients.js'
import { DeviceStore } from './devices.js'
import { DPOP_ALGS, DpopNonces, DpopVerifier } from './dpop.js'
import { DatabaseReplayStore, type ReplayStore, SqliteReplayStore } from './replay-store.js'
import { RequestStore } from './requests.js'
import { TokenService } from './token-service.js'

/** Everything the OAuth endpoints, pages and resource checks share. */
export interface OAuthServer {
  /** Our public URL, the `iss` of everything we issue. */
  readonly issuer: string
  readonly clients: ClientStore
  readonly requests: RequestStore
  readonly tokens: TokenService
  readonly devices: DeviceStore
  readonly dpop: DpopVerifier
  /** Client assertions' `jti`s (durable, in the database). */
  readonly replay: ReplayStore
  /** DPoP proofs' `jti`s: on SQLite a file of its own, not fsync'd per claim; else the database. */
  readonly dpopReplay: ReplayStore
  /** RFC 8414 authorization server metadata. */
  readonly metadata: Readonly<Record<string, unknown>>
  /** RFC 9728 protected resource metadata. */
  readonly resourceMetadata: Readonly<Record<string, unknown>>
}

/**
 * @example
 * const oauth = createOAuthServer({ db, database: config.database, publicUrl: config.publicUrl, serviceDid: config.serviceDid, secret, outbound, devMode })
 */
export function createOAuthServer(opts: {
  db: Database
  /** Where `db` is: on SQLite, DPoP proofs are remembered in a file beside it. */
  database: DatabaseConfig
  publicUrl: string
  serviceDid: string
  secret: string
  outbound: Pick<SafeFetcher, 'fetchJson'>
  /** Development mode: http client_id URLs and redirect URIs are accepted. */
  devMode: boolean
  /** Resolves the DIDs that publish permission sets. */
  dids: Pick<DidResolver, 'resolve'>
  /** DNS servers for Lexicon resolution (tests); default: the system's. */
  dnsServers?: readonly string[]
}): OAuthServer {
  const issuer = new URL(opts.publicUrl).origin
  const replay = new DatabaseReplayStore(opts.db)
  const dpopReplay =
    opts.database.dialect === 'sqlite'
      ? new SqliteReplayStore(SqliteReplayStore.locationBeside(opts.database.location))
      : replay
  const clients = new ClientStore(opts.outbound, { allowHttp: opts.devMode })
  const permissionSets = new PermissionSetResolver(opts.dids, opts.outbound, { dnsServers: opts.dnsServers })
  const requests = new RequestStore(opts.db, clients, issuer, permissionSets)
  const signer = new AccessTokenSigner(opts.secret, issuer, opts.serviceDid)
  return Object.freeze({
    issuer,
    clients,
    requests,
    replay,
    dpopReplay,
    tokens: new TokenService(opts.db, requests, signer),
    devices: new DeviceStore(opts.db),
    dpop: new DpopVerifier(issuer, new DpopNonces(opts.secret), dpopReplay),
    metadata: Object.freeze({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      pushed_authorization_request_endpoint: `${issuer}/oauth/par`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      require_pushed_authorization_requests: true,
      scopes_supported: [...STATIC_SCOPES],
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ['ES256'],
      dpop_signing_alg_values_supported: [...DPOP_ALGS],
      authorization_response_iss_parameter_supported: true,
      client_id_metadata_document_supported: true,
      request_parameter_supported: false,
      request_uri_parameter_supported: true,
      require_request_uri_registration: true,
      prompt_values_supported: ['none', 'login', 'consent', 'select_account'],
      protected_resources: [issuer],
    }),
    resourceMetadata: Object.freeze({
      resource: issuer,
      authorization_servers: [issuer],
      scopes_supported: [...STATIC_SCOPES],
      bearer_methods_supported: ['header'],
      resource_documentation: 'https://atproto.com',
    }),
  })
}
