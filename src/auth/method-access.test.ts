import { describe, expect, it } from 'vitest'
import { assertMayCallPrivileged, isPrivilegedMethod, isProtectedMethod } from './method-access.js'

describe('method access', () => {
  const cases: [string, { nsid: string; protected: boolean; privileged: boolean }][] = [
    [
      'app passwords are managed on the PDS only',
      { nsid: 'com.atproto.server.createAppPassword', protected: true, privileged: false },
    ],
    ['NSIDs compare without case', { nsid: 'Com.Atproto.Server.GetSession', protected: true, privileged: false }],
    ['every chat method is privileged', { nsid: 'chat.bsky.group.createGroup', protected: false, privileged: true }],
    [
      'createAccount is privileged, not protected (migration needs its token)',
      { nsid: 'com.atproto.server.createAccount', protected: false, privileged: true },
    ],
    ['AppView reads are neither', { nsid: 'app.bsky.feed.getTimeline', protected: false, privileged: false }],
  ]
  it.each(cases)('%s', (_, want) => {
    expect(isProtectedMethod(want.nsid)).toBe(want.protected)
    expect(isPrivilegedMethod(want.nsid)).toBe(want.privileged)
  })

  it('lets only full sessions and privileged app passwords call privileged methods', () => {
    expect(() => assertMayCallPrivileged('com.atproto.access', 'chat.bsky.convo.listConvos')).not.toThrow()
    expect(() => assertMayCallPrivileged('com.atproto.appPassPrivileged', 'chat.bsky.convo.listConvos')).not.toThrow()
    expect(() => assertMayCallPrivileged('com.atproto.appPass', 'chat.bsky.convo.listConvos')).toThrow(/may not call/)
    expect(() => assertMayCallPrivileged('com.atproto.appPass', 'app.bsky.feed.getTimeline')).not.toThrow()
  })
})
