/**
 * The services this PDS forwards calls to (AppView, moderation, reports) and the limits of
 * that forwarding, read from the reference PDS's variables (`PDS_BSKY_APP_VIEW_*`,
 * `PDS_MOD_SERVICE_*`, `PDS_REPORT_SERVICE_*`, `PDS_PROXY_*`).
 *
 * @module
 */
import { ConfigError, type Environment, envBoolean, envInteger, envString, envUrl } from './config-env.js'

/** A configured upstream service: where to call it and the DID its service tokens are addressed to. */
export interface UpstreamService {
  readonly url: string
  readonly did: string
}

/** The configured AppView, plus the CDN pattern for image URLs of records it has not seen yet. */
export interface AppViewService extends UpstreamService {
  /**
   * `PDS_BSKY_APP_VIEW_CDN_URL_PATTERN`: printf-style `%s` pattern filled with the preset
   * (`avatar`, `banner`, `feed_thumbnail`, `feed_fullsize`), the DID and the blob CID.
   * Unset, image URLs point at this PDS's `com.atproto.sync.getBlob`.
   */
  readonly cdnUrlPattern?: string
}

/** Where and how calls this PDS does not serve itself are forwarded. */
export interface ProxyConfig {
  /** `PDS_BSKY_APP_VIEW_URL` + `PDS_BSKY_APP_VIEW_DID`: default target of app.bsky.* and chat.bsky.*. */
  readonly bskyAppView: AppViewService | undefined
  /** `PDS_MOD_SERVICE_URL` + `PDS_MOD_SERVICE_DID`: default target of tools.ozone.*. */
  readonly modService: UpstreamService | undefined
  /** `PDS_REPORT_SERVICE_URL` + `PDS_REPORT_SERVICE_DID` (default: the mod service): target of createReport. */
  readonly reportService: UpstreamService | undefined
  /** `PDS_PROXY_HEADERS_TIMEOUT`: ms to wait for the upstream's response headers (default 10 s). */
  readonly headersTimeoutMs: number
  /** `PDS_PROXY_BODY_TIMEOUT`: most ms between two chunks of the upstream's body (default 30 s). */
  readonly bodyTimeoutMs: number
  /** `PDS_PROXY_MAX_RESPONSE_SIZE`: largest upstream response body in bytes (default 10 MiB). */
  readonly maxResponseSize: number
  /** `PDS_PROXY_MAX_RETRIES`: retries of a GET/HEAD whose connection failed (default 0). */
  readonly maxRetries: number
  /**
   * `PDS_PROXY_PREFER_COMPRESSED`: for responses the PDS may rewrite (read-after-write), ask
   * the upstream for the client's compressed encodings instead of identity (default false).
   */
  readonly preferCompressed: boolean
}

/**
 * Reads the proxy settings. A URL without its DID (or the reverse) is a {@link ConfigError}.
 *
 * @example
 * readProxyConfig({ PDS_BSKY_APP_VIEW_URL: 'https://api.bsky.app', PDS_BSKY_APP_VIEW_DID: 'did:web:api.bsky.app' })
 */
export function readProxyConfig(env: Environment): ProxyConfig {
  const appView = readService(env, 'PDS_BSKY_APP_VIEW')
  const cdnUrlPattern = envString(env, 'PDS_BSKY_APP_VIEW_CDN_URL_PATTERN')
  const modService = readService(env, 'PDS_MOD_SERVICE')
  return {
    bskyAppView: appView ? { ...appView, ...(cdnUrlPattern ? { cdnUrlPattern } : {}) } : undefined,
    modService,
    // @NOTE like the reference, reports go to the moderation service unless told otherwise
    reportService: readService(env, 'PDS_REPORT_SERVICE') ?? modService,
    headersTimeoutMs: envInteger(env, 'PDS_PROXY_HEADERS_TIMEOUT', { min: 1 }) ?? 10_000,
    bodyTimeoutMs: envInteger(env, 'PDS_PROXY_BODY_TIMEOUT', { min: 1 }) ?? 30_000,
    maxResponseSize: envInteger(env, 'PDS_PROXY_MAX_RESPONSE_SIZE', { min: 1 }) ?? 10 * 1024 * 1024,
    maxRetries: envInteger(env, 'PDS_PROXY_MAX_RETRIES', { min: 0, max: 10 }) ?? 0,
    preferCompressed: envBoolean(env, 'PDS_PROXY_PREFER_COMPRESSED') ?? false,
  }
}

function readService(env: Environment, prefix: string): UpstreamService | undefined {
  const url = envUrl(env, `${prefix}_URL`)
  const did = envString(env, `${prefix}_DID`)
  // @NOTE a moderation service DID alone is valid: its service JWTs may call the admin methods
  // (see modServiceDid in config.ts) without tools.ozone.* being forwarded anywhere
  if (url === undefined && (did === undefined || prefix === 'PDS_MOD_SERVICE')) return undefined
  if (url === undefined) throw new ConfigError(`${prefix}_URL`, '', `required when ${prefix}_DID is set`)
  if (did === undefined) throw new ConfigError(`${prefix}_DID`, '', `required when ${prefix}_URL is set`)
  if (!/^did:[a-z]+:[a-zA-Z0-9._:%-]+$/.test(did)) throw new ConfigError(`${prefix}_DID`, did, 'expected a DID')
  return { url: url.replace(/\/+$/, ''), did }
}
