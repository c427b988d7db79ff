/**
 * Outputs a handler encodes itself (rt.encodedJson, as getRecord and listRecords answer): sent
 * as the text given, and, with response validation on (every test server, development mode),
 * checked against the Lexicon like any other output, so a handler whose stand-in breaks the
 * schema answers 500 instead of passing unchecked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rt } from '#generated/index.js'
import { handlers } from '#src/api/index.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

type Swappable = { [nsid: string]: unknown }

const URI = 'at://did:plc:abcdefghijklmnopqrstuvwx/com.example.x/a'
const CID = 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm'
const GOOD = `{"uri":"${URI}","cid":"${CID}","value":{"é":"\\u0000"}}`

const ENCODING: Swappable = {
  'com.atproto.repo.getRecord': () => rt.encodedJson(GOOD, { uri: URI, cid: CID, value: {} }),
  // the stand-in says what the text says: `uri` is not an at-uri
  'com.atproto.repo.listRecords': () =>
    rt.encodedJson('{"records":[{"uri":"nope","cid":"x","value":{}}]}', {
      records: [{ uri: 'nope', cid: 'x', value: {} }],
    }),
}

async function withSwapped(validateResponse: boolean): Promise<TestServer> {
  const map = handlers as unknown as Swappable
  const originals = Object.fromEntries(Object.keys(ENCODING).map((nsid) => [nsid, map[nsid]]))
  Object.assign(map, ENCODING)
  try {
    return await startTestServer({ config: { validateResponse } })
  } finally {
    Object.assign(map, originals)
  }
}

async function answer(pds: TestServer, nsid: string, query: string) {
  const res = await fetch(`${pds.url}/xrpc/${nsid}?${query}`)
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
}

describe('outputs encoded by their handler', () => {
  let dev: TestServer
  let prod: TestServer
  beforeAll(async () => {
    dev = await withSwapped(true)
    prod = await withSwapped(false)
  })
  afterAll(async () => {
    await dev?.close()
    await prod?.close()
  })

  it('are sent as the JSON text given', async () => {
    for (const pds of [dev, prod]) {
      expect(
        await answer(pds, 'com.atproto.repo.getRecord', `repo=alice.test&collection=com.example.x&rkey=a`),
      ).toEqual({
        status: 200,
        type: 'application/json; charset=utf-8',
        text: GOOD,
      })
    }
  })

  it('are checked against the Lexicon when responses are validated, and a failure is a 500', async () => {
    const query = 'repo=alice.test&collection=com.example.x'
    expect(await answer(dev, 'com.atproto.repo.listRecords', query)).toMatchObject({
      status: 500,
      text: JSON.stringify({ error: 'InternalServerError', message: 'Internal Server Error' }),
    })
    expect(await answer(prod, 'com.atproto.repo.listRecords', query)).toMatchObject({ status: 200 })
  })
})
