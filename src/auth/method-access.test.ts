import { describe, expect, it } from 'vitest'
import { assertMayCall, assertMayRequestServiceAuth, methodAccess } from './method-access.js'
import type { AuthResult } from './types.js'

const session = (scope: string): AuthResult['credentials'] => ({ type: 'access', did: 'did:plc:alice', scope })
const full = session('com.atproto.access')
const appPass = session('com.atproto.appPass')
const privileged = session('com.atproto.appPassPrivileged')

const outcome = (check: () => void) => {
  try {
    check()
    return 'allowed'
  } catch (err) {
    return (err as { error?: string }).error ?? 'threw'
  }
}

describe('methodAccess', () => {
  const cases: [string, { given: string; want: ReturnType<typeof methodAccess> }][] = [
    ['a record write is standard', { given: 'com.atproto.repo.createRecord', want: 'standard' }],
    ['an AppView read is standard', { given: 'app.bsky.feed.getTimeline', want: 'standard' }],
    ['chat is privileged', { given: 'chat.bsky.convo.sendMessage', want: 'privileged' }],
    ['any chat.bsky method is privileged', { given: 'chat.bsky.future.thing', want: 'privileged' }],
    ['app passwords are account management', { given: 'com.atproto.server.createAppPassword', want: 'full' }],
    ['email is account management', { given: 'com.atproto.server.updateEmail', want: 'full' }],
    ['deletion is account management', { given: 'com.atproto.server.requestAccountDelete', want: 'full' }],
    ['deactivation is account management', { given: 'com.atproto.server.deactivateAccount', want: 'full' }],
    ['PLC operations are account management', { given: 'com.atproto.identity.signPlcOperation', want: 'full' }],
    ['repo import is account management', { given: 'com.atproto.repo.importRepo', want: 'full' }],
    ['case does not matter', { given: 'COM.ATPROTO.SERVER.CREATEAPPPASSWORD', want: 'full' }],
    ['case does not matter for chat', { given: 'Chat.Bsky.convo.listConvos', want: 'privileged' }],
  ]
  it.each(cases)('%s', (_, { given, want }) => expect(methodAccess(given)).toBe(want))
})

describe('assertMayCall', () => {
  const cases: [string, { credentials: AuthResult['credentials']; nsid: string | undefined; want: string }][] = [
    [
      'a full session may manage the account',
      { credentials: full, nsid: 'com.atproto.server.createAppPassword', want: 'allowed' },
    ],
    ['a full session may chat', { credentials: full, nsid: 'chat.bsky.convo.listConvos', want: 'allowed' }],
    ['a full session passes where the method is unknown', { credentials: full, nsid: undefined, want: 'allowed' }],
    [
      'an app password may write records',
      { credentials: appPass, nsid: 'com.atproto.repo.createRecord', want: 'allowed' },
    ],
    [
      'an app password may not chat',
      { credentials: appPass, nsid: 'chat.bsky.convo.listConvos', want: 'InvalidToken' },
    ],
    [
      'a privileged app password may chat',
      { credentials: privileged, nsid: 'chat.bsky.convo.listConvos', want: 'allowed' },
    ],
    [
      'a privileged app password may not manage the account',
      { credentials: privileged, nsid: 'com.atproto.server.updateEmail', want: 'InvalidToken' },
    ],
    [
      'an app password fails closed on an unknown method',
      { credentials: appPass, nsid: undefined, want: 'InvalidToken' },
    ],
    [
      'an unknown scope is refused',
      { credentials: session('com.atproto.refresh'), nsid: 'x.y.z', want: 'InvalidToken' },
    ],
    [
      'the admin is not judged here',
      { credentials: { type: 'admin' }, nsid: 'com.atproto.server.updateEmail', want: 'allowed' },
    ],
  ]
  it.each(cases)('%s', (_, { credentials, nsid, want }) =>
    expect(outcome(() => assertMayCall(credentials, nsid))).toBe(want),
  )

  it('names the method and what is missing', () => {
    expect(() => assertMayCall(appPass, 'com.atproto.server.createAppPassword')).toThrow(
      'com.atproto.server.createAppPassword manages the account: an app password session may not call it',
    )
    expect(() => assertMayCall(appPass, 'chat.bsky.convo.listConvos')).toThrow('needs a privileged app password')
  })
})

describe('assertMayRequestServiceAuth', () => {
  const cases: [string, { credentials: AuthResult['credentials']; lxm: string | undefined; want: string }][] = [
    [
      'nobody gets a token for a protected method',
      { credentials: full, lxm: 'com.atproto.server.createAppPassword', want: 'InvalidRequest' },
    ],
    ['a full session gets one for chat', { credentials: full, lxm: 'chat.bsky.convo.listConvos', want: 'allowed' }],
    [
      'an app password does not get one for chat',
      { credentials: appPass, lxm: 'chat.bsky.convo.listConvos', want: 'InvalidRequest' },
    ],
    ['a privileged one does', { credentials: privileged, lxm: 'chat.bsky.convo.listConvos', want: 'allowed' }],
    [
      'an app password does not get one for account creation',
      { credentials: appPass, lxm: 'com.atproto.server.createAccount', want: 'InvalidRequest' },
    ],
    [
      'an app password does not get one for a PLC submission',
      { credentials: privileged, lxm: 'com.atproto.identity.submitPlcOperation', want: 'InvalidRequest' },
    ],
    [
      'an app password gets one for an AppView method',
      { credentials: appPass, lxm: 'app.bsky.feed.getFeedSkeleton', want: 'allowed' },
    ],
    ['a method-less token is allowed', { credentials: appPass, lxm: undefined, want: 'allowed' }],
  ]
  it.each(cases)('%s', (_, { credentials, lxm, want }) =>
    expect(outcome(() => assertMayRequestServiceAuth(credentials, lxm))).toBe(want),
  )
})
