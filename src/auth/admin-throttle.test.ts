import { describe, expect, it } from 'vitest'
import { FailureThrottle } from './admin-throttle.js'

describe('FailureThrottle', () => {
  it('blocks a client after its failures, until the window passes, and no other client', () => {
    const throttle = new FailureThrottle({ maxFailures: 3, windowMs: 1_000 })
    for (let i = 0; i < 3; i++) {
      expect(() => throttle.check('a', 0)).not.toThrow()
      throttle.fail('a', 0)
    }
    expect(() => throttle.check('a', 10)).toThrow(/Too many failed admin logins/)
    expect(() => throttle.check('b', 10)).not.toThrow()
    expect(() => throttle.check('a', 1_000)).not.toThrow()
  })

  it('forgets the oldest clients past its bound', () => {
    const throttle = new FailureThrottle({ maxFailures: 1, maxClients: 2 })
    throttle.fail('a', 0)
    throttle.fail('b', 0)
    throttle.fail('c', 0)
    expect(() => throttle.check('a', 1)).not.toThrow()
    expect(() => throttle.check('c', 1)).toThrow()
  })
})
