import { describe, expect, it } from 'vitest'
import { PendingSignIns } from './pending-sign-ins.js'

describe('PendingSignIns', () => {
  it('keeps a pending sign-in per browser until it expires or is taken', () => {
    const pending = new PendingSignIns(1000)
    pending.set('device-a', 'did:plc:alice', 0)
    pending.set('device-b', 'did:plc:bob', 0)
    expect(pending.get('device-a', 999)).toBe('did:plc:alice')
    expect(pending.get('device-a', 1000)).toBeUndefined()
    expect(pending.get('device-c', 0)).toBeUndefined()
    pending.set('device-b', 'did:plc:carol', 500)
    expect(pending.get('device-b', 1200)).toBe('did:plc:carol')
    pending.delete('device-b')
    expect(pending.get('device-b', 1200)).toBeUndefined()
  })
})
