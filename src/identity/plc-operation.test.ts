import { Secp256k1Keypair } from '@atproto/crypto'
import * as plcLib from '@did-plc/lib'
import { describe, expect, it } from 'vitest'
import { atprotoOperation, createGenesisOperation, didForGenesisOperation } from './plc-operation.js'

// @NOTE @did-plc/lib (the directory's own code) is the judge of our encoding, signing and hashing
describe('did:plc genesis operations', () => {
  it('derive the DID the PLC library derives, and carry a signature it accepts', async () => {
    const rotation = await Secp256k1Keypair.create()
    const signing = await Secp256k1Keypair.create()
    const identity = {
      signingKey: signing.did(),
      handle: 'alice.test',
      pdsEndpoint: 'https://pds.example.com',
      rotationKeys: [rotation.did()],
    }
    const { did, operation } = await createGenesisOperation(identity, rotation)
    expect(did).toMatch(/^did:plc:[a-z2-7]{24}$/)
    expect(await plcLib.didForCreateOp(operation)).toBe(did)
    expect(await plcLib.assureValidSig([rotation.did()], operation)).toBe(rotation.did())
    await expect(plcLib.assureValidSig([signing.did()], operation)).rejects.toThrow()
  })

  it('state the handle, signing key and PDS endpoint as atproto expects', () => {
    const op = atprotoOperation(
      {
        signingKey: 'did:key:zS',
        handle: 'alice.test',
        pdsEndpoint: 'https://pds.example.com',
        rotationKeys: ['did:key:zR'],
      },
      null,
    )
    expect(op).toEqual({
      type: 'plc_operation',
      rotationKeys: ['did:key:zR'],
      verificationMethods: { atproto: 'did:key:zS' },
      alsoKnownAs: ['at://alice.test'],
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: 'https://pds.example.com' } },
      prev: null,
    })
  })

  it('hash the signed operation, so another signature makes another DID', async () => {
    const key = await Secp256k1Keypair.create()
    const identity = {
      signingKey: key.did(),
      handle: 'a.test',
      pdsEndpoint: 'https://p.example',
      rotationKeys: [key.did()],
    }
    const { operation } = await createGenesisOperation(identity, key)
    expect(didForGenesisOperation({ ...operation, sig: 'AAAA' })).not.toBe(didForGenesisOperation(operation))
  })
})
