import { describe, expect, it } from 'vitest'
import { checkHandle, serviceDomainOf } from './handle.js'

const DOMAINS = ['.test', '.pds.example.com']

describe('handles for accounts here', () => {
  const accepted = [
    'alice.test',
    'bob-99.test',
    'abc.test',
    'eighteen-chars-abc.test',
    'carol.pds.example.com',
    'alice.example.org',
  ]
  it.each(accepted)('accepts %s', (handle) => {
    expect(() => checkHandle(handle, DOMAINS)).not.toThrow()
  })

  const refused: [string, { given: string; want: RegExp }][] = [
    ['bad syntax', { given: 'not a handle', want: /not a valid handle/ }],
    ['a short name', { given: 'ab.test', want: /too short/ }],
    ['a long name', { given: 'nineteen-chars-abcd.test', want: /too long/ }],
    ['a dotted name', { given: 'al.ice.test', want: /single name/ }],
    ['a reserved name', { given: 'admin.test', want: /Reserved/ }],
    ['a reserved name on another domain', { given: 'support.pds.example.com', want: /Reserved/ }],
    ['a special-use TLD', { given: 'alice.local', want: /top-level domain/ }],
  ]
  it.each(refused)('refuses %s', (_, { given, want }) => {
    expect(() => checkHandle(given, DOMAINS)).toThrow(want)
  })

  it('finds the service domain a handle is under, not the bare domain itself', () => {
    expect(serviceDomainOf('alice.pds.example.com', DOMAINS)).toBe('.pds.example.com')
    expect(serviceDomainOf('alice.example.com', DOMAINS)).toBeUndefined()
    expect(serviceDomainOf('.test', DOMAINS)).toBeUndefined()
  })
})
