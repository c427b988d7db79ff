/**
 * The generated client SDK against our own PDS, through HTTP: typed calls, the atproto
 * JSON conventions both ways ($link <-> CID), and declared errors as their own classes.
 */
import { CID } from 'multiformats/cid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, RecordNotFoundError, XrpcClientError } from '#generated/client/index.js'
import { signUp } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('the generated client (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
  })
  afterAll(() => pds?.close())

  it('signs up, writes and reads a record with typed calls', async () => {
    const client = createClient({ service: pds.url })
    const { data: account } = await client.com.atproto.server.createAccount({
      handle: 'client-user.test',
      email: 'client-user@example.com',
      password: 'a long enough password',
    })
    client.setHeader('authorization', `Bearer ${account.accessJwt}`)
    const record = {
      $type: 'app.bsky.feed.post',
      text: 'from the generated client',
      createdAt: new Date().toISOString(),
    }
    const { data: created } = await client.com.atproto.repo.createRecord({
      repo: account.did,
      collection: 'app.bsky.feed.post',
      record,
    })
    expect(created.validationStatus).toBe('valid')
    const rkey = created.uri.split('/').pop() as string
    const { data: read } = await client.com.atproto.repo.getRecord({
      repo: account.did,
      collection: 'app.bsky.feed.post',
      rkey,
    })
    expect(read.cid).toBe(created.cid)
    expect(read.value).toEqual(record)
  })

  it('turns $link objects in responses into CIDs', async () => {
    const alice = await signUp(pds)
    const client = createClient({ service: pds.url })
    const { data } = await client.com.atproto.sync.getLatestCommit({ did: alice.did })
    expect(typeof data.cid).toBe('string')
    expect(CID.parse(data.cid).toString()).toBe(data.cid)
    const link = CID.parse(data.cid)
    // a record that holds a link goes out as { $link } and comes back as a CID
    const writer = createClient({
      service: pds.url,
      headers: { authorization: `Bearer ${alice.agent.session?.accessJwt}` },
    })
    const { data: created } = await writer.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'com.example.linked',
      record: { $type: 'com.example.linked', target: link },
    })
    const rkey = created.uri.split('/').pop() as string
    const { data: read } = await writer.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'com.example.linked',
      rkey,
    })
    const target = (read.value as { target: unknown }).target
    expect(CID.asCID(target)?.equals(link)).toBe(true)
  })

  it('throws a declared error as its own class, with the Lexicon name', async () => {
    const alice = await signUp(pds)
    const client = createClient({ service: pds.url })
    const failure = await client.com.atproto.repo
      .getRecord({ repo: alice.did, collection: 'app.bsky.feed.post', rkey: '3jzfcijpj2z2a' })
      .catch((err: unknown) => err)
    expect(failure).toBeInstanceOf(RecordNotFoundError)
    expect(failure).toBeInstanceOf(XrpcClientError)
    expect((failure as XrpcClientError).error).toBe('RecordNotFound')
    expect((failure as XrpcClientError).status).toBe(400)
  })
})
