import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.js'

describe('proxy configuration', () => {
  it('proxies nowhere and uses the reference defaults when nothing is set', () => {
    expect(readConfig({}).proxy).toEqual({
      bskyAppView: undefined,
      modService: undefined,
      reportService: undefined,
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 30_000,
      maxResponseSize: 10 * 1024 * 1024,
      maxRetries: 0,
      preferCompressed: false,
    })
  })

  it('reads the services with the reference names; reports default to the mod service', () => {
    const { proxy } = readConfig({
      PDS_BSKY_APP_VIEW_URL: 'https://api.bsky.app/',
      PDS_BSKY_APP_VIEW_DID: 'did:web:api.bsky.app',
      PDS_BSKY_APP_VIEW_CDN_URL_PATTERN: 'https://cdn.bsky.app/img/%s/plain/%s/%s@jpeg',
      PDS_MOD_SERVICE_URL: 'https://mod.bsky.app',
      PDS_MOD_SERVICE_DID: 'did:plc:ar7c4by46qjdydhdevvrndac',
      PDS_PROXY_HEADERS_TIMEOUT: '500',
      PDS_PROXY_PREFER_COMPRESSED: 'true',
    })
    expect(proxy.bskyAppView).toEqual({
      url: 'https://api.bsky.app',
      did: 'did:web:api.bsky.app',
      cdnUrlPattern: 'https://cdn.bsky.app/img/%s/plain/%s/%s@jpeg',
    })
    expect(proxy.reportService).toEqual({ url: 'https://mod.bsky.app', did: 'did:plc:ar7c4by46qjdydhdevvrndac' })
    expect(proxy).toMatchObject({ headersTimeoutMs: 500, preferCompressed: true })
  })

  it.each([
    [{ PDS_BSKY_APP_VIEW_URL: 'https://api.bsky.app' }, 'PDS_BSKY_APP_VIEW_DID'],
    [{ PDS_REPORT_SERVICE_DID: 'did:web:mod.example.com' }, 'PDS_REPORT_SERVICE_URL'],
    [{ PDS_MOD_SERVICE_URL: 'https://mod.example.com', PDS_MOD_SERVICE_DID: 'mod' }, 'PDS_MOD_SERVICE_DID'],
    [{ PDS_PROXY_BODY_TIMEOUT: '0' }, 'PDS_PROXY_BODY_TIMEOUT'],
  ])('refuses %o, naming %s', (env, variable) => {
    expect(() => readConfig(env)).toThrow(ConfigError)
    expect(() => readConfig(env)).toThrow(variable)
  })
})
