import { AtpAgent } from '@atproto/api'
import { Secp256k1Keypair } from '@atproto/crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { issueEmailToken } from '#src/account/email-tokens.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

interface PlcData {
  rotationKeys: string[]
  alsoKnownAs: string[]
  verificationMethods: Record<string, string>
  services: Record<string, { type: string; endpoint: string }>
}

describe.each(dialects())('PLC operations (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount
  let rotationKey: string

  const plcData = async (did: string) => (await (await fetch(`${pds.plcUrl}/${did}/data`)).json()) as PlcData

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
    rotationKey = (await Secp256k1Keypair.import(pds.ctx.secrets.plcRotationKeyHex)).did()
  })
  afterAll(() => pds?.close())

  it('recommends the credentials the DID document has while hosted here', async () => {
    const { data } = await alice.agent.com.atproto.identity.getRecommendedDidCredentials()
    const current = await plcData(alice.did)
    expect(data).toEqual({
      rotationKeys: [rotationKey],
      alsoKnownAs: [`at://${alice.handle}`],
      verificationMethods: { atproto: current.verificationMethods.atproto },
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: pds.ctx.config.publicUrl } },
    })
  })

  it('stores a code when a signature is requested, and signs only with that code, once', async () => {
    await alice.agent.com.atproto.identity.requestPlcOperationSignature()
    const rows = await pds.ctx.db.selectFrom('emailToken').selectAll().where('did', '=', alice.did).execute()
    expect(rows.map((row) => row.purpose)).toEqual(['plc_operation'])

    const wrong = alice.agent.com.atproto.identity.signPlcOperation({ token: 'AAAAA-BBBBB' })
    expect(await xrpcError(wrong)).toMatchObject({ status: 400, error: 'InvalidToken' })

    const token = await issueEmailToken(pds.ctx.db, alice.did, 'plc_operation')
    const recovery = (await Secp256k1Keypair.create()).did()
    const { data } = await alice.agent.com.atproto.identity.signPlcOperation({
      token,
      rotationKeys: [recovery, rotationKey],
    })
    expect(data.operation).toMatchObject({ type: 'plc_operation', rotationKeys: [recovery, rotationKey] })
    const again = alice.agent.com.atproto.identity.signPlcOperation({ token })
    expect(await xrpcError(again)).toMatchObject({ status: 400, error: 'InvalidToken' })

    const events = () =>
      pds.ctx.db
        .selectFrom('repoSeq')
        .select('seq')
        .where('did', '=', alice.did)
        .where('eventType', '=', 'identity')
        .execute()
    const before = (await events()).length
    await alice.agent.com.atproto.identity.submitPlcOperation({ operation: data.operation })
    expect((await plcData(alice.did)).rotationKeys).toEqual([recovery, rotationKey])
    expect((await events()).length).toBe(before + 1)
  })

  it('refuses to submit an operation that would take the account away or is malformed', async () => {
    const current = await plcData(alice.did)
    const sign = async (changes: object) =>
      (
        await alice.agent.com.atproto.identity.signPlcOperation({
          token: await issueEmailToken(pds.ctx.db, alice.did, 'plc_operation'),
          ...changes,
        })
      ).data.operation
    const elsewhere = await sign({
      services: { atproto_pds: { type: 'AtprotoPersonalDataServer', endpoint: 'https://other.example' } },
    })
    const otherKey = await sign({ verificationMethods: { atproto: (await Secp256k1Keypair.create()).did() } })
    const noRotation = await sign({ rotationKeys: [(await Secp256k1Keypair.create()).did()] })
    const renamed = await sign({ alsoKnownAs: ['at://someone-else.test'] })
    for (const [operation, message] of [
      [elsewhere, 'atproto_pds service'],
      [otherKey, 'signing key'],
      [noRotation, 'rotation key'],
      [renamed, 'alsoKnownAs'],
      [{ type: 'plc_operation' }, 'Invalid PLC operation'],
      ['not an object', 'must be an object'],
    ] as const) {
      const refused = await xrpcError(
        alice.agent.com.atproto.identity.submitPlcOperation({ operation: operation as never }),
      )
      expect(refused).toMatchObject({ status: 400 })
      expect(refused.message).toContain(message)
    }
    expect(await plcData(alice.did)).toEqual(current)
  })

  it('needs a session', async () => {
    const anon = new AtpAgent({ service: pds.url })
    expect(await xrpcError(anon.com.atproto.identity.getRecommendedDidCredentials())).toMatchObject({ status: 401 })
    expect(await xrpcError(anon.com.atproto.identity.requestPlcOperationSignature())).toMatchObject({ status: 401 })
  })
})
