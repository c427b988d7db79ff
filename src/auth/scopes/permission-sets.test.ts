import { describe, expect, it } from 'vitest'
import { expandInclude, type PermissionSet } from './permission-sets.js'

const set: PermissionSet = {
  nsid: 'com.example.calendar.auth',
  permissions: [
    { type: 'permission', resource: 'repo', collection: ['com.example.calendar.event'], action: ['create'] },
    { type: 'permission', resource: 'rpc', lxm: ['com.example.calendar.listEvents'], inheritAud: true },
    { type: 'permission', resource: 'rpc', lxm: ['com.example.calendar.ping'], aud: '*' },
    { type: 'permission', resource: 'repo', collection: ['app.bsky.feed.post'] },
    { type: 'permission', resource: 'repo', collection: ['*'] },
    { type: 'permission', resource: 'rpc', lxm: ['com.example.calendar.admin'], aud: 'did:web:evil.example#svc' },
    { type: 'permission', resource: 'account', attr: 'email' },
  ],
}

describe('expandInclude', () => {
  it('grants only repo and rpc permissions inside the set namespace, inheriting the audience', () => {
    expect(expandInclude({ nsid: set.nsid, aud: 'did:web:api.example.com#calendar' }, set)).toEqual([
      'repo:com.example.calendar.event?action=create',
      'rpc:com.example.calendar.listEvents?aud=did:web:api.example.com%23calendar',
      'rpc:com.example.calendar.ping?aud=*',
    ])
  })

  it('leaves inheriting rpc permissions at any audience without an aud on the include', () => {
    expect(expandInclude({ nsid: set.nsid, aud: undefined }, set)).toContain(
      'rpc:com.example.calendar.listEvents?aud=*',
    )
  })
})
