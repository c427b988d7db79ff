import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { assertMethodAllowed } from './method-permissions.js'
import { ScopePermissions } from './scope-permissions.js'

const req = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage

describe('assertMethodAllowed', () => {
  it('lets an OAuth session deactivate the account only with account:status?action=manage', () => {
    const generic = new ScopePermissions('atproto transition:generic')
    expect(() => assertMethodAllowed(generic, 'com.atproto.server.deactivateAccount', req())).toThrow(
      'Missing required scope "account:status?action=manage"',
    )
    const status = new ScopePermissions('atproto account:status?action=manage')
    expect(() => assertMethodAllowed(status, 'com.atproto.server.deactivateAccount', req())).not.toThrow()
    expect(() => assertMethodAllowed(status, 'com.atproto.server.activateAccount', req())).not.toThrow()
  })

  it('keeps the rest of account management for password sessions', () => {
    const all = new ScopePermissions('atproto transition:generic transition:email account:email?action=manage')
    for (const nsid of [
      'com.atproto.server.createAppPassword',
      'com.atproto.server.deleteAccount',
      'com.atproto.server.updateEmail',
    ]) {
      expect(() => assertMethodAllowed(all, nsid, req())).toThrow(`${nsid} needs a password session`)
    }
  })

  it('needs atproto, blob types for uploads, identity for handles, rpc for proxied methods', () => {
    expect(() =>
      assertMethodAllowed(new ScopePermissions('transition:generic'), 'com.atproto.server.getSession', req()),
    ).toThrow('Missing required scope "atproto"')
    const images = new ScopePermissions('atproto blob:image/*')
    expect(() =>
      assertMethodAllowed(images, 'com.atproto.repo.uploadBlob', req({ 'content-type': 'image/png' })),
    ).not.toThrow()
    expect(() =>
      assertMethodAllowed(images, 'com.atproto.repo.uploadBlob', req({ 'content-type': 'video/mp4' })),
    ).toThrow('Missing required scope "blob:video/mp4"')
    expect(() => assertMethodAllowed(images, 'com.atproto.identity.updateHandle', req())).toThrow(
      'Missing required scope "identity:handle"',
    )
    const timeline = new ScopePermissions(
      'atproto rpc:app.bsky.feed.getTimeline?aud=did:web:api.bsky.app%23bsky_appview',
    )
    const proxy = { 'atproto-proxy': 'did:web:api.bsky.app#bsky_appview' }
    expect(() => assertMethodAllowed(timeline, 'app.bsky.feed.getTimeline', req(proxy))).not.toThrow()
    expect(() => assertMethodAllowed(timeline, 'app.bsky.feed.getAuthorFeed', req(proxy))).toThrow(
      'Missing required scope "rpc:app.bsky.feed.getAuthorFeed?aud=did:web:api.bsky.app%23bsky_appview"',
    )
  })
})
