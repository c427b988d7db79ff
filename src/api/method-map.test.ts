import { describe, expect, it } from 'vitest'
import { methods, rt } from '#generated/index.js'
import { FULL_ACCESS_METHODS, PRIVILEGED_METHODS, PROTECTED_METHODS } from '#src/auth/method-access.js'
import { handlers, methodMap, servedInProxiedFamilies } from './index.js'
import { notServedMethods, proxiedFamilies } from './not-served.js'
import { SHARED_ERRORS } from './shared-errors.js'

const byLowerCase = new Map(Object.keys(methods).map((nsid) => [nsid.toLowerCase(), nsid]))
const entryOf = (nsid: string) => methodMap[nsid as keyof typeof methodMap] as unknown

describe('the map of every method', () => {
  it('has exactly the methods of the Lexicon set', () => {
    expect(Object.keys(methodMap).sort()).toEqual(Object.keys(methods).sort())
  })

  it('lists no method as not served that a handler serves (the spread would hide it)', () => {
    expect(Object.keys(notServedMethods).filter((nsid) => nsid in handlers)).toEqual([])
  })

  it('serves, within the proxied families, only the preferences', () => {
    expect([...servedInProxiedFamilies].sort()).toEqual([
      'app.bsky.actor.getPreferences',
      'app.bsky.actor.putPreferences',
    ])
    expect(Object.keys(proxiedFamilies).length).toBeGreaterThan(200)
  })

  it('gives every unserved method a reason and every proxied one a service', () => {
    const markers = Object.values(methodMap).filter(rt.isNotServed)
    expect(markers.every((m) => m.why.length > 5)).toBe(true)
  })

  it.each([
    ['protected', PROTECTED_METHODS],
    ['full-access', FULL_ACCESS_METHODS],
    ['privileged', PRIVILEGED_METHODS],
  ])('names, in the %s list of src/auth/method-access.ts, only methods of the map, never a proxied one', (_, list) => {
    for (const lower of list) {
      const nsid = byLowerCase.get(lower)
      expect(nsid, lower).toBeDefined()
      const entry = entryOf(nsid as string)
      expect(rt.isNotServed(entry) && entry.notServed === 'proxied', nsid).toBe(false)
    }
  })

  it('shares error names only with method families the Lexicon set has', () => {
    for (const shared of SHARED_ERRORS) {
      const family = Object.keys(methods).filter((nsid) => shared.methods.some((m) => nsid.startsWith(m)))
      expect(family.length, shared.methods.join()).toBeGreaterThan(0)
    }
  })
})
