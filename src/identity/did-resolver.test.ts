import { describe, expect, it } from 'vitest'
import { SafeFetcher } from '#src/net/safe-fetch.js'
import { formatDidDocument } from './did-document.js'
import { DidResolver } from './did-resolver.js'
import { PlcClient } from './plc-client.js'

const outbound = new SafeFetcher({ allowHttp: false, allowPrivateAddresses: false })

const doc = (i: number, padding = 0) => ({
  ...formatDidDocument({
    did: `did:plc:${String(i).padStart(24, 'a')}`,
    handle: `u${i}.test`,
    signingKey: 'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme',
    pdsEndpoint: 'https://pds.example',
  }),
  alsoKnownAs: [`at://u${i}.test`, `at://${'x'.repeat(padding)}`],
})

describe('the DID document cache', () => {
  it('holds no more than its byte bound, forgetting the oldest first', async () => {
    const resolver = new DidResolver(new PlcClient('http://127.0.0.1:1'), outbound, { maxBytes: 4_000 })
    for (let i = 0; i < 50; i++) resolver.remember(doc(i).id, doc(i))
    const { entries, bytes } = resolver.cacheSize
    expect(bytes).toBeLessThanOrEqual(4_000)
    expect(entries).toBeGreaterThan(0)
    expect(entries).toBeLessThan(50)
    // the newest is kept, the oldest went
    expect(await resolver.resolve(doc(49).id)).toEqual(doc(49))
    await expect(resolver.resolve(doc(0).id)).rejects.toThrow(/Could not resolve/)
  })

  it('does not keep a document larger than any real one', () => {
    const resolver = new DidResolver(new PlcClient('http://127.0.0.1:1'), outbound)
    resolver.remember(doc(1).id, doc(1, 100_000))
    expect(resolver.cacheSize).toEqual({ entries: 0, bytes: 0 })
  })
})
