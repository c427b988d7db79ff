import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Secp256k1Keypair } from '@atproto/crypto'
import { createServiceJwt } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dialects } from '../helpers/db.js'
import { type MemoryLogger, memoryLogger } from '../helpers/memory-logger.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

const LXM = 'com.atproto.server.createAccount'
const b64 = (text: string) => Buffer.from(text).toString('base64url')

describe.each(dialects())('inbound service auth with bad tokens and bad DID documents (%s)', (dialect) => {
  let pds: TestServer
  let log: MemoryLogger
  let didHost: http.Server
  let didWeb: string
  // @NOTE what the did:web host serves as its document; each test sets it
  let served: unknown

  beforeAll(async () => {
    log = memoryLogger()
    pds = await startTestServer({ dialect, logger: log.logger })
    didHost = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify(served))
    })
    await new Promise<void>((resolve) => didHost.listen(0, '127.0.0.1', resolve))
    didWeb = `did:web:localhost%3A${(didHost.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await pds?.close()
    didHost?.close()
  })

  const moveIn = (token: string) =>
    fetch(`${pds.url}/xrpc/${LXM}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ handle: 'mover.test', did: didWeb, email: 'mover@example.com', password: 'pw' }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { error: string; message: string } }))

  const tokens: [string, () => string][] = [
    ['a payload that is not JSON', () => `${b64('{"alg":"ES256K","typ":"JWT"}')}.${b64('not json')}.${b64('sig')}`],
    ['a header that is not JSON', () => `${b64('{{{')}.${b64('{}')}.${b64('sig')}`],
    ['a payload that is a JSON string', () => `${b64('{"alg":"ES256K"}')}.${b64('"x"')}.${b64('sig')}`],
    ['a token of one part', () => 'nodots'],
  ]

  it.each(tokens)('answers a service JWT with %s with 401 BadJwt', async (_, token) => {
    expect(await moveIn(token())).toMatchObject({ status: 401, body: { error: 'BadJwt' } })
  })

  const documents: [string, (did: string) => unknown][] = [
    ['a verificationMethod that is an object', (id) => ({ id, verificationMethod: { id: '#atproto' } })],
    ['a verificationMethod that is a string', (id) => ({ id, verificationMethod: 'nope' })],
    ['verification methods that are not objects', (id) => ({ id, verificationMethod: [null, 1, 'x'] })],
    ['a service list that is an object', (id) => ({ id, service: { id: '#atproto_pds' } })],
    ['a document that is an array', () => []],
  ]

  it.each(documents)('answers an issuer whose DID document has %s with 401 BadJwtIss', async (_, doc) => {
    served = doc(didWeb)
    pds.ctx.identity.dids.forget(didWeb)
    const keypair = await Secp256k1Keypair.create()
    const token = await createServiceJwt({ iss: didWeb, aud: pds.ctx.config.serviceDid, lxm: LXM, keypair })
    const res = await moveIn(token)
    expect(res).toMatchObject({ status: 401, body: { error: 'BadJwtIss' } })
    expect(res.body.message).toMatch(/signing key/)
  })

  it('logs no error and no stack for any of them', () => {
    expect(log.text()).not.toContain('"level":50')
    expect(log.text()).not.toMatch(/"stack":"[^"]/)
  })
})
