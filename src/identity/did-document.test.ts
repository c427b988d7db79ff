import { Secp256k1Keypair } from '@atproto/crypto'
import { describe, expect, it } from 'vitest'
import { type DidDocument, formatDidDocument, handleOf, pdsEndpointOf, signingKeyOf } from './did-document.js'

describe('DID documents', () => {
  it('round-trip the facts they are formatted from', async () => {
    const key = await Secp256k1Keypair.create()
    const doc = formatDidDocument({
      did: 'did:plc:abc',
      handle: 'alice.test',
      signingKey: key.did(),
      pdsEndpoint: 'https://pds.example',
    })
    expect(signingKeyOf(doc)).toBe(key.did())
    expect(pdsEndpointOf(doc)).toBe('https://pds.example')
    expect(handleOf(doc)).toBe('alice.test')
  })

  it('read the legacy key type older directories publish (uncompressed key)', async () => {
    const key = await Secp256k1Keypair.create()
    const { secp256k1 } = await import('@noble/curves/secp256k1')
    const uncompressed = secp256k1.ProjectivePoint.fromHex(key.publicKeyBytes()).toRawBytes(false)
    const { bytesToMultibase } = await import('@atproto/crypto')
    const doc: DidDocument = {
      id: 'did:plc:abc',
      verificationMethod: [
        {
          id: '#atproto',
          type: 'EcdsaSecp256k1VerificationKey2019',
          controller: 'did:plc:abc',
          publicKeyMultibase: bytesToMultibase(uncompressed, 'base58btc'),
        },
      ],
    }
    expect(signingKeyOf(doc)).toBe(key.did())
  })

  it('find nothing where there is nothing usable', () => {
    const doc: DidDocument = {
      id: 'did:plc:abc',
      verificationMethod: [{ id: '#atproto', type: 'Multikey', controller: 'did:plc:abc', publicKeyMultibase: 'zBad' }],
      service: [{ id: '#atproto_pds', type: 'SomethingElse', serviceEndpoint: 'https://pds.example' }],
    }
    expect(signingKeyOf(doc)).toBeUndefined()
    expect(pdsEndpointOf(doc)).toBeUndefined()
    expect(handleOf(doc)).toBeUndefined()
  })
})
