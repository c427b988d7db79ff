import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import http from 'node:http'
import { Writable } from 'node:stream'
import { AtpAgent } from '@atproto/api'
import type { LexiconDoc } from '@atproto/lexicon'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '#src/logger.js'
import pkg from '../../package.json' with { type: 'json' }
import { dialects } from '../helpers/db.js'
import { type MemoryLogger, memoryLogger } from '../helpers/memory-logger.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

// @NOTE a procedure of our own, so body parsing can be exercised before any real one is served
const ECHO: LexiconDoc = {
  lexicon: 1,
  id: 'com.example.test.echo',
  defs: {
    main: {
      type: 'procedure',
      input: {
        encoding: 'application/json',
        schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      },
      output: {
        encoding: 'application/json',
        schema: { type: 'object', required: ['text'], properties: { text: { type: 'string' } } },
      },
    },
  },
}
const BOOM: LexiconDoc = { lexicon: 1, id: 'com.example.test.boom', defs: { main: { type: 'query' } } }
const JSON_LIMIT = 256

describe.each(dialects())('the server spine (%s)', (dialect) => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer({
      dialect,
      config: {
        jsonLimit: JSON_LIMIT,
        serviceHandleDomains: ['.alpha.test', '.beta.test'],
        privacyPolicyUrl: 'https://example.com/privacy',
        contactEmailAddress: 'admin@example.com',
      },
    })
    const { xrpc } = pds.server
    xrpc.addLexicons([ECHO, BOOM])
    xrpc.method(ECHO.id, ({ input }) => ({ encoding: 'application/json', body: input?.body }))
    xrpc.method(BOOM.id, () => {
      throw new Error('secret detail: s3cr3t')
    })
  })
  afterAll(() => pds?.close())

  const post = (nsid: string, body: string, contentType = 'application/json') =>
    fetch(`${pds.url}/xrpc/${nsid}`, { method: 'POST', headers: { 'content-type': contentType }, body })

  it('answers health with the package version', async () => {
    const res = await fetch(`${pds.url}/xrpc/_health`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ version: pkg.version })
  })

  it('describes itself with the configured domains, links and contact', async () => {
    const agent = new AtpAgent({ service: pds.url })
    const { data } = await agent.com.atproto.server.describeServer()
    expect(data).toMatchObject({
      did: 'did:web:localhost',
      availableUserDomains: ['.alpha.test', '.beta.test'],
      inviteCodeRequired: false,
      phoneVerificationRequired: false,
      links: { privacyPolicy: 'https://example.com/privacy' },
      contact: { email: 'admin@example.com' },
    })
    expect(data.links?.termsOfService).toBeUndefined()
  })

  it('describes itself to the generated client too, typed by the Lexicon', async () => {
    const { data } = await pds.client.com.atproto.server.describeServer()
    const domains: string[] = data.availableUserDomains
    expect(domains).toEqual(['.alpha.test', '.beta.test'])
    expect(data.did).toBe('did:web:localhost')
  })

  it('serves the OpenAPI document of every XRPC method', async () => {
    const res = await fetch(`${pds.url}/openapi.json`)
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; paths: { [path: string]: { get?: unknown; post?: unknown } } }
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.paths['/xrpc/com.atproto.server.describeServer']?.get).toBeDefined()
    expect(doc.paths['/xrpc/com.atproto.repo.createRecord']?.post).toBeDefined()
    expect(Object.keys(doc.paths).length).toBeGreaterThan(300)
  })

  it('answers a CORS preflight with 204 and the atproto headers', async () => {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.repo.createRecord`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,atproto-accept-labelers,atproto-proxy,dpop',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const allowed = res.headers.get('access-control-allow-headers')?.split(',') ?? []
    expect(allowed).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'atproto-accept-labelers', 'atproto-proxy', 'dpop']),
    )
    const exposed = res.headers.get('access-control-expose-headers')?.split(',') ?? []
    expect(exposed).toEqual(expect.arrayContaining(['atproto-content-labelers', 'dpop-nonce', 'www-authenticate']))
  })

  it('serves a banner, robots.txt and the OpenAPI document (404 until generated)', async () => {
    const banner = await fetch(`${pds.url}/`)
    expect(banner.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await banner.text()).toMatch(/AT Protocol Personal Data Server/)
    expect(await (await fetch(`${pds.url}/robots.txt`)).text()).toMatch(/User-agent: \*/)
    const openapi = await fetch(`${pds.url}/openapi.json`)
    expect(openapi.headers.get('content-type')).toMatch(/^application\/json/)
    if (existsSync(new URL('../../generated/openapi.json', import.meta.url))) {
      expect(openapi.status).toBe(200)
      expect(await openapi.json()).toHaveProperty('openapi')
    } else {
      expect(openapi.status).toBe(404)
    }
  })

  it('echoes a well-formed procedure call', async () => {
    const res = await post(ECHO.id, JSON.stringify({ text: 'hi' }))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ text: 'hi' })
  })

  const badInputs: [string, () => Promise<Response>, number, string, RegExp][] = [
    ['a malformed JSON body', () => post(ECHO.id, '{"text": '), 400, 'InvalidRequest', /Malformed JSON/],
    [
      'a body of the wrong content type',
      () => post(ECHO.id, 'text=hi', 'text/plain'),
      400,
      'InvalidRequest',
      /Content-Type/,
    ],
    [
      'a body over the JSON limit',
      () => post(ECHO.id, JSON.stringify({ text: 'x'.repeat(JSON_LIMIT) })),
      413,
      'PayloadTooLarge',
      /limit of 256 bytes/,
    ],
    ['an invalid body', () => post(ECHO.id, JSON.stringify({ text: 42 })), 400, 'InvalidRequest', /text/],
    [
      'an unknown method',
      () => fetch(`${pds.url}/xrpc/com.example.nothing.here`),
      501,
      'MethodNotImplemented',
      /Method not implemented: com.example.nothing.here/,
    ],
    [
      'a known method without a handler',
      // @NOTE an Ozone method: a PDS never serves it
      () => post('tools.ozone.moderation.emitEvent', '{}'),
      501,
      'MethodNotImplemented',
      /tools.ozone.moderation.emitEvent/,
    ],
    [
      'a query called with POST',
      () => post('com.atproto.server.describeServer', '{}'),
      400,
      'InvalidRequest',
      /Incorrect HTTP method \(POST\) expected GET/,
    ],
    [
      'a procedure called with GET',
      () => fetch(`${pds.url}/xrpc/com.atproto.server.createSession`),
      400,
      'InvalidRequest',
      /Incorrect HTTP method \(GET\) expected POST/,
    ],
    [
      'a subscription called without an upgrade',
      () => fetch(`${pds.url}/xrpc/com.atproto.sync.subscribeRepos`),
      400,
      'InvalidRequest',
      /WebSocket/,
    ],
    ['an unknown path', () => fetch(`${pds.url}/no/such/page`), 404, 'NotFound', /Not Found/],
  ]
  it.each(badInputs)('rejects %s with the right XRPC error', async (_, send, status, error, message) => {
    const res = await send()
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe(error)
    expect(body.message).toMatch(message)
  })

  it('answers an unexpected exception with a bare 500 that leaks nothing', async () => {
    const res = await fetch(`${pds.url}/xrpc/${BOOM.id}`)
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: 'InternalServerError', message: 'Internal Server Error' })
  })

  it('keeps answering after bad requests', async () => {
    for (const [, send] of badInputs) await (await send()).arrayBuffer()
    const res = await fetch(`${pds.url}/xrpc/_health`)
    expect(res.status).toBe(200)
  })
})

describe.each(dialects())('the path of a served XRPC method (%s)', (dialect) => {
  let pds: TestServer
  let log: MemoryLogger
  const describeServer = '/xrpc/com.atproto.server.describeServer'

  beforeAll(async () => {
    log = memoryLogger()
    pds = await startTestServer({ dialect, logger: log.logger })
  })
  afterAll(() => pds?.close())

  // @NOTE node:http, not fetch: fetch adds `cache-control: no-cache` to a conditional request
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      http
        .request(`${pds.url}${path}`, { method, headers }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            body += chunk
          })
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        })
        .on('error', reject)
        .end()
    })

  it('tags a JSON answer with the weak ETag express makes, and answers a match with 304', async () => {
    const first = await get(describeServer)
    expect(first.status).toBe(200)
    const bytes = Buffer.from(first.body)
    const sha1 = createHash('sha1').update(bytes).digest('base64').slice(0, 27)
    expect(first.headers.etag).toBe(`W/"${bytes.length.toString(16)}-${sha1}"`)
    const again = await get(describeServer, { 'if-none-match': first.headers.etag as string })
    expect([again.status, again.body]).toEqual([304, ''])
  })

  it('types every JSON answer as UTF-8 JSON, with its byte length', async () => {
    const paths = [describeServer, '/xrpc/_health', '/xrpc/com.atproto.server.getSession', '/no/such/page']
    for (const res of await Promise.all(paths.map((path) => get(path)))) {
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(res.body)))
      expect(JSON.parse(res.body)).toBeTypeOf('object')
    }
  })

  it('answers HEAD like GET, without the body', async () => {
    const [full, head] = [await get(describeServer), await get(describeServer, {}, 'HEAD')]
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    for (const name of ['content-type', 'content-length', 'etag']) expect(head.headers[name]).toBe(full.headers[name])
  })

  it('sends no X-Powered-By header', async () => {
    const res = await get(describeServer)
    expect(res.headers['x-powered-by']).toBeUndefined()
  })

  it('lets any origin read an answer and its atproto and rate-limit headers', async () => {
    for (const res of [await get(describeServer, { origin: 'https://app.example' }), await get('/no/such/page')]) {
      expect(res.headers['access-control-allow-origin']).toBe('*')
      expect(res.headers['access-control-expose-headers']).toBe(
        'atproto-content-labelers,atproto-repo-rev,dpop-nonce,www-authenticate,ratelimit-limit,ratelimit-remaining,ratelimit-reset,ratelimit-policy,retry-after',
      )
      expect(res.headers.vary).toBeUndefined()
    }
  })

  it('answers a served method named with a trailing slash or in another case as before', async () => {
    const exact = await get(describeServer)
    for (const path of [`${describeServer}/`, '/xrpc/com.atproto.server.DESCRIBESERVER']) {
      const res = await get(path)
      expect([res.status, res.body]).toEqual([exact.status, exact.body])
    }
  })

  it("gives a served method's errors their XRPC envelope", async () => {
    const res = await get('/xrpc/com.atproto.repo.describeRepo?repo=did:plc:nobodyhere')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body)).toMatchObject({ error: 'RepoNotFound' })
    const unauthenticated = await get('/xrpc/com.atproto.server.getSession')
    expect(unauthenticated.status).toBe(401)
    expect(JSON.parse(unauthenticated.body)).toMatchObject({ error: 'AuthenticationRequired' })
  })

  it('logs one line per answered request: method, path without the query, status and ms', async () => {
    await get('/xrpc/com.atproto.repo.describeRepo?repo=did:plc:querysecret')
    await until(() => log.text().includes('"path":"/xrpc/com.atproto.repo.describeRepo"'))
    const lines = log.lines.map((line) => JSON.parse(line)).filter((l) => l.msg === 'request')
    const line = lines.find((l) => l.path === '/xrpc/com.atproto.repo.describeRepo')
    expect(line).toMatchObject({ level: 30, name: 'pds', method: 'GET', status: 400 })
    expect(Number.isInteger(line.ms)).toBe(true)
    // @NOTE the error line quotes the message (which names the repo); the request line has no query
    expect(lines.filter((l) => JSON.stringify(l).includes('querysecret'))).toEqual([])
  })
})

it('writes no request line below the info level', async () => {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk))
      done()
    },
  })
  const pds = await startTestServer({ logger: createLogger({ logLevel: 'warn' }, sink) })
  try {
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.describeServer`)
    expect(res.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(lines.filter((line) => line.includes('"msg":"request"'))).toEqual([])
  } finally {
    await pds.close()
  }
})

async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('kept-alive connections', () => {
  let pds: TestServer

  beforeAll(async () => {
    pds = await startTestServer({ dialect: 'sqlite' })
  })
  afterAll(() => pds?.close())

  /** A GET on `agent`, telling whether it went over a socket an earlier request had used. */
  const get = (agent: http.Agent) =>
    new Promise<{ status?: number; keepAlive?: string | string[]; reused: boolean }>((resolve, reject) => {
      const req = http.get(`${pds.url}/xrpc/_health`, { agent }, (res) => {
        res.resume()
        res.once('end', () =>
          resolve({ status: res.statusCode, keepAlive: res.headers['keep-alive'], reused: req.reusedSocket }),
        )
      })
      req.once('error', reject)
    })

  it('stay open past Node’s default 5 s, and say for how long', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      expect(await get(agent)).toEqual({ status: 200, keepAlive: 'timeout=90', reused: false })
      // @NOTE 6.5 s idle: past both Node's default 5 s server timeout and the 1 s it adds
      await new Promise((resolve) => setTimeout(resolve, 6_500))
      expect(await get(agent)).toEqual({ status: 200, keepAlive: 'timeout=90', reused: true })
    } finally {
      agent.destroy()
    }
  }, 20_000)
})
