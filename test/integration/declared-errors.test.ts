/**
 * The development-mode check of thrown error names (on with response validation, as in every
 * test server): a handler that throws an XRPC error name its Lexicon does not declare answers
 * 500 (its log line names the method and the name), so any test or conformance case that reaches such a
 * throw fails. Declared, generic and shared names (src/api/shared-errors.ts) pass, and with
 * response validation off (production) the answer is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { error as getRecordError } from '#generated/lexicons/com/atproto/repo/getRecord.js'
import { handlers } from '#src/api/index.js'
import { InvalidRequestError } from '#src/errors.js'
import { memoryLogger } from '../helpers/memory-logger.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

type Swappable = { [nsid: string]: unknown }

const THROWING: Swappable = {
  // InvalidSwap is createRecord's, not describeRepo's
  'com.atproto.repo.describeRepo': () => {
    throw new InvalidRequestError('the commit moved', 'InvalidSwap')
  },
  'com.atproto.repo.getRecord': () => {
    throw getRecordError('RecordNotFound', 'no such record')
  },
  'com.atproto.repo.listRecords': () => {
    throw new InvalidRequestError('Could not find repo: x.test', 'RepoNotFound')
  },
  // shared by the account methods, not by com.atproto.sync
  'com.atproto.sync.listBlobs': () => {
    throw new InvalidRequestError('taken', 'HandleNotAvailable')
  },
  'com.atproto.sync.getLatestCommit': () => {
    throw new InvalidRequestError('bad cursor')
  },
}

const log = memoryLogger()

async function withSwapped(validateResponse: boolean): Promise<TestServer> {
  const map = handlers as unknown as Swappable
  const originals = Object.fromEntries(Object.keys(THROWING).map((nsid) => [nsid, map[nsid]]))
  Object.assign(map, THROWING)
  try {
    return await startTestServer({ config: { validateResponse }, ...(validateResponse ? { logger: log.logger } : {}) })
  } finally {
    Object.assign(map, originals)
  }
}

async function answer(pds: TestServer, nsid: string, query: string) {
  const res = await fetch(`${pds.url}/xrpc/${nsid}?${query}`)
  return { status: res.status, body: await res.json() }
}

const DID = 'did:plc:abcdefghijklmnopqrstuvwx'

describe('the check of thrown error names against the Lexicon', () => {
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

  it('turns a name the method does not declare into a 500, logged with the method and the name', async () => {
    expect(await answer(dev, 'com.atproto.repo.describeRepo', `repo=${DID}`)).toEqual({
      status: 500,
      body: { error: 'InternalServerError', message: 'Internal Server Error' },
    })
    expect(log.text()).toContain(
      'com.atproto.repo.describeRepo threw an error its Lexicon does not declare: InvalidSwap',
    )
  })

  it('allows a shared name only to the methods it is shared with', async () => {
    expect(await answer(dev, 'com.atproto.sync.listBlobs', `did=${DID}`)).toMatchObject({ status: 500 })
    expect(log.text()).toContain(
      'com.atproto.sync.listBlobs threw an error its Lexicon does not declare: HandleNotAvailable',
    )
  })

  it('passes a declared name, a shared one and an unnamed error', async () => {
    const record = await answer(dev, 'com.atproto.repo.getRecord', `repo=${DID}&collection=app.bsky.feed.post&rkey=x`)
    expect(record).toEqual({ status: 400, body: { error: 'RecordNotFound', message: 'no such record' } })
    const list = await answer(dev, 'com.atproto.repo.listRecords', `repo=${DID}&collection=app.bsky.feed.post`)
    expect(list).toMatchObject({ status: 400, body: { error: 'RepoNotFound' } })
    const plain = await answer(dev, 'com.atproto.sync.getLatestCommit', `did=${DID}`)
    expect(plain).toEqual({ status: 400, body: { error: 'InvalidRequest', message: 'bad cursor' } })
  })

  it('leaves the answer alone without response validation (production)', async () => {
    expect(await answer(prod, 'com.atproto.repo.describeRepo', `repo=${DID}`)).toEqual({
      status: 400,
      body: { error: 'InvalidSwap', message: 'the commit moved' },
    })
  })
})
