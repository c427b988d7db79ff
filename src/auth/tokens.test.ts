import { afterEach, describe, expect, it, vi } from 'vitest'
import { ACCESS_TOKEN_TTL_MS, TokenError, TokenSigner } from './tokens.js'

const signer = () => new TokenSigner({ secret: 'a'.repeat(32), serviceDid: 'did:web:pds.test' })

describe('TokenSigner.verify', () => {
  afterEach(() => vi.useRealTimers())

  it('answers the same claims for a token verified before', async () => {
    const tokens = signer()
    const jwt = await tokens.createAccessToken('did:plc:alice', 'session-1')
    const first = await tokens.verify(jwt, 'access')
    expect(first).toEqual({ did: 'did:plc:alice', scope: 'com.atproto.access', sessionId: 'session-1' })
    expect(await tokens.verify(jwt, 'access')).toEqual(first)
  })

  it('refuses a remembered token once it has expired', async () => {
    const tokens = signer()
    const jwt = await tokens.createAccessToken('did:plc:alice', 'session-1')
    await tokens.verify(jwt, 'access')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + ACCESS_TOKEN_TTL_MS + 1000)
    const err = await tokens.verify(jwt, 'access').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(TokenError)
    expect((err as TokenError).reason).toBe('expired')
  })

  it('refuses a remembered access token presented as a refresh token', async () => {
    const tokens = signer()
    const jwt = await tokens.createAccessToken('did:plc:alice', 'session-1')
    await tokens.verify(jwt, 'access')
    await expect(tokens.verify(jwt, 'refresh')).rejects.toMatchObject({ reason: 'invalid' })
  })

  it('refuses a token signed with another secret, or altered', async () => {
    const jwt = await new TokenSigner({ secret: 'b'.repeat(32), serviceDid: 'did:web:pds.test' }).createAccessToken(
      'did:plc:alice',
      'session-1',
    )
    const tokens = signer()
    await expect(tokens.verify(jwt, 'access')).rejects.toMatchObject({ reason: 'invalid' })
    const own = await tokens.createAccessToken('did:plc:alice', 'session-1')
    await tokens.verify(own, 'access')
    await expect(tokens.verify(`${own.slice(0, -2)}AA`, 'access')).rejects.toMatchObject({ reason: 'invalid' })
  })
})
