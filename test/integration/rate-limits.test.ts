import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BYPASS_HEADER } from '#src/limits/index.js'
import type { TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import {
  BYPASS_KEY,
  call,
  type LimitStore,
  limitHeaders,
  randomPrefix,
  signUpBypassing,
  startLimitedServer,
  tokenOf,
} from '../helpers/limits.js'
import type { TestServer } from '../helpers/test-server.js'

const STORES: LimitStore[] = ['memory', 'redis']
// @NOTE a collection without a Lexicon here, so any rkey goes
const POST = 'com.example.note'
const matrix = dialects().flatMap((dialect) => STORES.map((store) => [dialect, store] as const))

/** A client IP of its own for each test, through the trusted loopback proxy. */
let nextIp = 1
const freshIp = () => `198.51.100.${nextIp++}`

const post = (text: string) => ({ $type: POST, text, createdAt: new Date().toISOString() })

async function expectLimited(res: Response, limit: number): Promise<void> {
  expect(res.status).toBe(429)
  expect(await res.json()).toMatchObject({ error: 'RateLimitExceeded', message: expect.stringContaining('Rate limit') })
  const headers = limitHeaders(res)
  expect(headers.limit).toBe(limit)
  expect(headers.remaining).toBe(0)
  expect(headers.retryAfter).toBeGreaterThanOrEqual(1)
  expect(headers.reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000))
}

describe.each(matrix)('rate limits (%s, %s store)', (dialect, store) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startLimitedServer(dialect, store, {
      PDS_RATE_LIMIT_GLOBAL: '20/1m',
      PDS_RATE_LIMIT_CREATE_SESSION: '3/5m,300/1d',
      PDS_RATE_LIMIT_CREATE_ACCOUNT: '2/5m',
      PDS_RATE_LIMIT_RESERVE_SIGNING_KEY: '2/5m',
      PDS_RATE_LIMIT_UPLOAD_BLOB: '2/1d',
      PDS_RATE_LIMIT_REPO_WRITE: '12/1h,35000/1d',
      PDS_RATE_LIMIT_GET_REPO: '2/5m',
      PDS_RATE_LIMIT_BYPASS_IPS: '192.0.2.0/24',
    })
    alice = await signUpBypassing(pds)
  })
  afterAll(() => pds?.close())

  it('counts every request against the global budget per client IP, then answers 429 with its headers', async () => {
    const ip = freshIp()
    for (let i = 1; i <= 20; i++) {
      const res = await call(pds, 'com.atproto.server.describeServer', { ip })
      expect(res.status).toBe(200)
      expect(limitHeaders(res)).toMatchObject({ limit: 20, remaining: 20 - i })
    }
    const over = await call(pds, 'com.atproto.server.describeServer', { ip })
    await expectLimited(over, 20)
    expect(limitHeaders(over).retryAfter).toBeLessThanOrEqual(60)
    // @NOTE an unserved method and a plain path count too; another IP has its own budget
    expect((await call(pds, 'com.example.nothing', { ip })).status).toBe(429)
    expect((await call(pds, 'com.atproto.server.describeServer', { ip: freshIp() })).status).toBe(200)
  })

  it('limits createSession per account identifier and IP, before the password is checked', async () => {
    const ip = freshIp()
    const login = (identifier: string, password: string, from = ip) =>
      call(pds, 'com.atproto.server.createSession', { ip: from, body: { identifier, password } })
    for (let i = 0; i < 3; i++) expect((await login(alice.handle, 'wrong password')).status).toBe(401)
    const limited = await login(alice.handle, alice.password)
    await expectLimited(limited, 3)
    // @NOTE the identifier is compared without case, as handles are
    expect((await login(alice.handle.toUpperCase(), alice.password)).status).toBe(429)
    expect((await login(alice.did, alice.password)).status).toBe(200)
    expect((await login(alice.handle, alice.password, freshIp())).status).toBe(200)
  })

  it('limits createAccount per IP', async () => {
    const ip = freshIp()
    const signUp = (n: number) =>
      call(pds, 'com.atproto.server.createAccount', {
        ip,
        body: {
          handle: `r${n}${ip.split('.').at(-1)}${store[0]}.test`,
          email: `r${n}@example.com`,
          password: 'pw-long-enough',
        },
      })
    expect((await signUp(1)).status).toBe(200)
    const second = await signUp(2)
    expect(second.status).toBe(200)
    expect(limitHeaders(second)).toMatchObject({ limit: 2, remaining: 0 })
    await expectLimited(await signUp(3), 2)
  })

  it('limits reserveSigningKey per IP', async () => {
    const ip = freshIp()
    const reserve = () => call(pds, 'com.atproto.server.reserveSigningKey', { ip, body: {} })
    expect((await reserve()).status).toBe(200)
    const second = await reserve()
    expect(second.status).toBe(200)
    expect(limitHeaders(second)).toMatchObject({ limit: 2, remaining: 0 })
    await expectLimited(await reserve(), 2)
    expect((await call(pds, 'com.atproto.server.reserveSigningKey', { ip: freshIp(), body: {} })).status).toBe(200)
  })

  it('limits uploadBlob per IP', async () => {
    const ip = freshIp()
    const upload = () =>
      call(pds, 'com.atproto.repo.uploadBlob', {
        ip,
        token: tokenOf(alice),
        body: new TextEncoder().encode('hello'),
        contentType: 'text/plain',
      })
    expect((await upload()).status).toBe(200)
    expect((await upload()).status).toBe(200)
    await expectLimited(await upload(), 2)
  })

  it('counts repo writes as points per account: create 3, update 2, delete 1', async () => {
    const bob = await signUpBypassing(pds)
    const token = tokenOf(bob)
    const write = (nsid: string, body: object) =>
      call(pds, `com.atproto.repo.${nsid}`, {
        ip: freshIp(),
        token,
        body: { repo: bob.did, collection: POST, ...body },
      })
    const created = await write('createRecord', { rkey: 'a', record: post('a') })
    expect(created.status).toBe(200)
    expect(limitHeaders(created)).toMatchObject({ limit: 12, remaining: 9 })
    expect(limitHeaders(await write('putRecord', { rkey: 'a', record: post('a2') }))).toMatchObject({ remaining: 7 })
    const batch = await call(pds, 'com.atproto.repo.applyWrites', {
      ip: freshIp(),
      token,
      body: {
        repo: bob.did,
        writes: [
          { $type: 'com.atproto.repo.applyWrites#update', collection: POST, rkey: 'a', value: post('a3') },
          { $type: 'com.atproto.repo.applyWrites#create', collection: POST, rkey: 'b', value: post('b') },
        ],
      },
    })
    expect(batch.status).toBe(200)
    expect(limitHeaders(batch)).toMatchObject({ remaining: 2 })
    expect(limitHeaders(await write('deleteRecord', { rkey: 'b' }))).toMatchObject({ remaining: 1 })
    // @NOTE a create (3) no longer fits in 1 point, and nothing of it is written
    await expectLimited(await write('createRecord', { rkey: 'c', record: post('c') }), 12)
    const list = await call(pds, `com.atproto.repo.listRecords?repo=${bob.did}&collection=${POST}`, { ip: freshIp() })
    const { records } = (await list.json()) as { records: { uri: string }[] }
    expect(records.map((r) => r.uri.split('/').at(-1))).toEqual(['a'])
    // @NOTE another account has its own points
    const carol = await signUpBypassing(pds)
    const theirs = await call(pds, 'com.atproto.repo.createRecord', {
      ip: freshIp(),
      token: tokenOf(carol),
      body: { repo: carol.did, collection: POST, record: post('c') },
    })
    expect(theirs.status).toBe(200)
  })

  it('gives getRepo its own budget instead of the global one', async () => {
    const ip = freshIp()
    const getRepo = () => call(pds, `com.atproto.sync.getRepo?did=${alice.did}`, { ip })
    expect((await getRepo()).status).toBe(200)
    const second = await getRepo()
    expect(limitHeaders(second)).toMatchObject({ limit: 2, remaining: 0 })
    await expectLimited(await getRepo(), 2)
    expect(limitHeaders(await call(pds, 'com.atproto.server.describeServer', { ip }))).toMatchObject({ remaining: 19 })
  })

  it('lets the bypass key and the bypass IP ranges through, and nothing else', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) await call(pds, 'com.atproto.server.describeServer', { ip })
    const bypass = { [BYPASS_HEADER]: BYPASS_KEY }
    for (let i = 0; i < 10; i++) {
      expect((await call(pds, 'com.atproto.server.describeServer', { ip, headers: bypass })).status).toBe(200)
    }
    const wrong = { [BYPASS_HEADER]: `${BYPASS_KEY}x` }
    expect((await call(pds, 'com.atproto.server.describeServer', { ip, headers: wrong })).status).toBe(429)
    // @NOTE PDS_RATE_LIMIT_BYPASS_IPS is 192.0.2.0/24: a range, not only its first address
    for (let i = 0; i < 10; i++) {
      expect((await call(pds, 'com.atproto.server.describeServer', { ip: '192.0.2.77' })).status).toBe(200)
    }
    expect(limitHeaders(await call(pds, 'com.atproto.server.describeServer', { ip: '192.0.2.77' })).limit).toBeNaN()
  })
})

describe.each(dialects())('rate limits shared through Redis by two PDS instances (%s)', (dialect) => {
  let a: TestServer
  let b: TestServer

  beforeAll(async () => {
    const prefix = randomPrefix()
    const env = { PDS_RATE_LIMIT_GLOBAL: '5/1m', PDS_RATE_LIMIT_CREATE_SESSION: '3/5m' }
    a = await startLimitedServer(dialect, 'redis', env, { prefix })
    b = await startLimitedServer(dialect, 'redis', env, { prefix, plcUrl: a.plcUrl })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  it('spends one global budget between them', async () => {
    const ip = freshIp()
    for (let i = 1; i <= 5; i++) {
      const res = await call(i % 2 ? a : b, 'com.atproto.server.describeServer', { ip })
      expect(limitHeaders(res)).toMatchObject({ limit: 5, remaining: 5 - i })
    }
    await expectLimited(await call(a, 'com.atproto.server.describeServer', { ip }), 5)
    await expectLimited(await call(b, 'com.atproto.server.describeServer', { ip }), 5)
  })

  it('spends one createSession budget between them', async () => {
    const ip = freshIp()
    const login = (pds: TestServer) =>
      call(pds, 'com.atproto.server.createSession', { ip, body: { identifier: 'nobody.test', password: 'guess' } })
    expect((await login(a)).status).toBe(401)
    expect((await login(b)).status).toBe(401)
    expect((await login(a)).status).toBe(401)
    await expectLimited(await login(b), 3)
  })
})

describe('rate limits when Redis cannot be reached', () => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startLimitedServer('sqlite', 'memory', {
      PDS_RATE_LIMIT_GLOBAL: '3/1m',
      // @NOTE a port nothing listens on
      REDIS_URL: 'redis://127.0.0.1:1',
    })
  })
  afterAll(() => pds?.close())

  it('still limits, counting in memory', async () => {
    const ip = freshIp()
    for (let i = 0; i < 3; i++) expect((await call(pds, 'com.atproto.server.describeServer', { ip })).status).toBe(200)
    await expectLimited(await call(pds, 'com.atproto.server.describeServer', { ip }), 3)
  })
})

describe('rate limits switched off', () => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startLimitedServer('sqlite', 'memory', { PDS_RATE_LIMIT_GLOBAL: '1/1m' }, { rateLimits: false })
  })
  afterAll(() => pds?.close())

  it('never answers 429 nor sends limit headers', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await call(pds, 'com.atproto.server.describeServer')
      expect(res.status).toBe(200)
      expect(res.headers.get('ratelimit-limit')).toBeNull()
    }
  })
})
