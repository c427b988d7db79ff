import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { type MemoryLogger, memoryLogger } from '../helpers/memory-logger.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('malformed input (%s)', (dialect) => {
  let pds: TestServer
  let log: MemoryLogger
  let alice: TestAccount

  beforeAll(async () => {
    log = memoryLogger()
    pds = await startTestServer({ dialect, logger: log.logger })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  const call = async (path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${alice.agent.session?.accessJwt}` }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const res = await fetch(`${pds.url}/xrpc/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json()) as { error: string; message: string } }
  }
  const NOT_A_CID = '99999999999999999999'
  const thing = (extra: object) => ({
    repo: alice.did,
    collection: 'com.example.thing',
    record: { $type: 'com.example.thing', ...extra },
  })

  it('answers a malformed JSON body with a generic message that quotes nothing of it, in the response or the log', async () => {
    const secret = 'hunter2-Sup3rSecret'
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.createSession`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // @NOTE V8 quotes the text around an unexpected token in its message
      body: `{"identifier":"${alice.handle}","password":"${secret}" oops}`,
    })
    const text = await res.text()
    expect(res.status).toBe(400)
    expect(JSON.parse(text)).toEqual({ error: 'InvalidRequest', message: 'Malformed JSON in request body' })
    expect(text).not.toContain('hunter2')
    expect(log.text()).not.toContain('hunter2')
    expect(log.text()).not.toContain('oops')
    expect(log.text()).not.toContain('position')
  })

  const malformed: [string, () => [string, unknown?]][] = [
    ['getBlocks with a CID that is digits', () => [`com.atproto.sync.getBlocks?did=${alice.did}&cids=${NOT_A_CID}`]],
    ['getBlob with a CID that is digits', () => [`com.atproto.sync.getBlob?did=${alice.did}&cid=${NOT_A_CID}`]],
    [
      'repo.getRecord with a version CID that is digits',
      () => [`com.atproto.repo.getRecord?repo=${alice.did}&collection=com.example.thing&rkey=a&cid=${NOT_A_CID}`],
    ],
    [
      'listRecords with a cursor holding NUL',
      () => [`com.atproto.repo.listRecords?repo=${alice.did}&collection=com.example.thing&cursor=%00`],
    ],
    [
      'listRecords with a cursor that is no record key',
      () => [`com.atproto.repo.listRecords?repo=${alice.did}&collection=com.example.thing&cursor=a%20b`],
    ],
    ['listRepos with a cursor that is no DID', () => ['com.atproto.sync.listRepos?cursor=zzz']],
    ['listRepos with a cursor holding NUL', () => ['com.atproto.sync.listRepos?cursor=%00']],
    ['listBlobs with a cursor that is no CID', () => [`com.atproto.sync.listBlobs?did=${alice.did}&cursor=%00`]],
    ['listMissingBlobs with a cursor that is no CID', () => ['com.atproto.repo.listMissingBlobs?cursor=zzz']],
    [
      'createRecord with a swapCommit that is digits',
      () => ['com.atproto.repo.createRecord', { ...thing({}), swapCommit: NOT_A_CID }],
    ],
    [
      'putRecord with a swapRecord that is digits',
      () => ['com.atproto.repo.putRecord', { ...thing({}), rkey: 'a', swapRecord: NOT_A_CID }],
    ],
    [
      'a record with a $link that is no CID',
      () => ['com.atproto.repo.createRecord', thing({ x: { $link: NOT_A_CID } })],
    ],
    [
      'a record with $bytes that are no base64',
      () => ['com.atproto.repo.createRecord', thing({ x: { $bytes: '!!!' } })],
    ],
    [
      'a record with a blob whose ref is no CID',
      () => [
        'com.atproto.repo.createRecord',
        thing({ x: { $type: 'blob', ref: { $link: NOT_A_CID }, mimeType: 'image/png', size: 3 } }),
      ],
    ],
    [
      'createAccount with an email holding NUL',
      () => ['com.atproto.server.createAccount', { handle: 'nul.test', email: 'a\u0000b@example.com', password: 'pw' }],
    ],
  ]

  it.each(malformed)('answers %s with 400 InvalidRequest and stores nothing', async (_, request) => {
    const before = await counts(pds)
    const [path, body] = request()
    const res = await call(path, body)
    expect(res).toMatchObject({ status: 400, body: { error: 'InvalidRequest' } })
    expect(await counts(pds)).toEqual(before)
  })

  it('answers a login with NUL in the identifier as a wrong login, not a 500', async () => {
    const res = await call('com.atproto.server.createSession', { identifier: 'a\u0000b', password: 'pw' })
    expect(res).toMatchObject({ status: 401, body: { error: 'AuthenticationRequired' } })
  })

  it('logs no stack for any of them', () => {
    expect(log.text()).not.toContain('"level":50')
  })
})

async function counts(pds: TestServer) {
  const { db } = pds.ctx
  const count = async (table: 'account' | 'record' | 'repoBlock' | 'repoSeq') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return {
    accounts: await count('account'),
    records: await count('record'),
    blocks: await count('repoBlock'),
    events: await count('repoSeq'),
  }
}
