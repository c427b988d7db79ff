import { describe, expect, it } from 'vitest'
import { ROUTE_BUDGETS, type RouteRequest } from './route-budgets.js'

const ip = '203.0.113.7'
const account = { credentials: { type: 'access', did: 'did:plc:alice' } }

describe('ROUTE_BUDGETS', () => {
  // @NOTE methods other branches serve (updateHandle, the email and reset methods) are limited by NSID
  // as soon as their handlers are registered; this pins what they draw on and are keyed by
  const cases: [string, { budget: string; given: RouteRequest; key: string | null; points?: number }][] = [
    [
      'com.atproto.server.createSession',
      {
        budget: 'createSession',
        given: { ip, input: { body: { identifier: 'Alice.Test' } } },
        key: `alice.test-${ip}`,
      },
    ],
    ['com.atproto.server.createAccount', { budget: 'createAccount', given: { ip }, key: ip }],
    [
      'com.atproto.identity.updateHandle',
      { budget: 'updateHandle', given: { ip, auth: account }, key: 'did:plc:alice' },
    ],
    ['com.atproto.repo.uploadBlob', { budget: 'uploadBlob', given: { ip, auth: account }, key: ip }],
    [
      'com.atproto.server.requestEmailConfirmation',
      { budget: 'email', given: { ip, auth: account }, key: 'did:plc:alice' },
    ],
    ['com.atproto.server.requestEmailUpdate', { budget: 'email', given: { ip, auth: account }, key: 'did:plc:alice' }],
    [
      'com.atproto.server.requestAccountDelete',
      { budget: 'email', given: { ip, auth: account }, key: 'did:plc:alice' },
    ],
    ['com.atproto.server.requestPasswordReset', { budget: 'passwordReset', given: { ip }, key: ip }],
    ['com.atproto.server.resetPassword', { budget: 'resetPassword', given: { ip }, key: ip }],
    ['com.atproto.server.deleteAccount', { budget: 'deleteAccount', given: { ip }, key: ip }],
    ['com.atproto.server.reserveSigningKey', { budget: 'reserveSigningKey', given: { ip }, key: ip }],
    ['com.atproto.sync.getRepo', { budget: 'getRepo', given: { ip }, key: ip }],
    [
      'com.atproto.repo.createRecord',
      { budget: 'repoWrite', given: { ip, auth: account }, key: 'did:plc:alice', points: 3 },
    ],
    [
      'com.atproto.repo.putRecord',
      { budget: 'repoWrite', given: { ip, auth: account }, key: 'did:plc:alice', points: 2 },
    ],
    [
      'com.atproto.repo.deleteRecord',
      { budget: 'repoWrite', given: { ip, auth: account }, key: 'did:plc:alice', points: 1 },
    ],
    [
      'com.atproto.repo.applyWrites',
      {
        budget: 'repoWrite',
        given: {
          ip,
          auth: account,
          input: {
            body: {
              writes: [
                { $type: 'com.atproto.repo.applyWrites#create' },
                { $type: 'com.atproto.repo.applyWrites#create' },
                { $type: 'com.atproto.repo.applyWrites#update' },
                { $type: 'com.atproto.repo.applyWrites#delete' },
              ],
            },
          },
        },
        key: 'did:plc:alice',
        points: 9,
      },
    ],
  ]
  it.each(cases)('%s', (nsid, { budget, given, key, points = 1 }) => {
    const route = ROUTE_BUDGETS[nsid]
    expect(route?.budget).toBe(budget)
    expect(route?.key(given)).toBe(key)
    expect(route?.points?.(given) ?? 1).toBe(points)
  })

  it('keys a per-account budget on the IP when no account is authenticated', () => {
    expect(ROUTE_BUDGETS['com.atproto.identity.updateHandle']?.key({ ip })).toBe(`ip:${ip}`)
  })

  it('shares one bucket between the repo write methods', () => {
    const writes = ['createRecord', 'putRecord', 'deleteRecord', 'applyWrites'].map(
      (name) => ROUTE_BUDGETS[`com.atproto.repo.${name}`]?.bucket,
    )
    expect(new Set(writes)).toEqual(new Set(['repo-write']))
  })
})
