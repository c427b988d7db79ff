/**
 * Fuzzes every XRPC method of the Lexicon set over HTTP: requests built from each method's
 * schema, then mutated (missing and wrong-typed fields, huge strings, deep nesting, invalid
 * identifiers, bad JSON, wrong content types, wrong verbs, oversize bodies), with and without
 * a valid session. The server must never answer a 5xx other than 501/502/503, must stay
 * healthy, and must store nothing from a request it refused.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers, knownMethods } from '#src/api/index.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import type { Dialect } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import {
  deepNesting,
  HOSTILE_STRINGS,
  lexiconDoc,
  type SampleFacts,
  sampleValue,
  wrongTypes,
} from './lexicon-samples.js'

interface FuzzRequest {
  /** What this request tries, for the report. */
  what: string
  method: 'GET' | 'POST'
  query?: [string, string][]
  body?: string | Uint8Array
  contentType?: string
}

const SERVED = new Set(Object.keys(handlers))
const ALLOWED_5XX = new Set([501, 502, 503])
const SLOW_METHODS = new Set([
  'com.atproto.server.createSession',
  'com.atproto.server.createAccount',
  'com.atproto.server.requestPasswordReset',
])
const TABLES = [
  'account',
  'account_key',
  'auth_session',
  'app_password',
  'account_pref',
  'admin_audit',
  'import_block',
  'import_record',
  'invite_code',
  'invite_code_use',
  'repo_root',
  'repo_block',
  'record',
  'repo_seq',
  'blob',
  'record_blob',
  'email_token',
]
// @NOTE mail_outbox is not counted: the background sender empties it at any moment

/**
 * The fuzz suite on one dialect (one test file per dialect, so they run in parallel).
 *
 * @example
 * describeFuzz('sqlite')
 */
export function describeFuzz(dialect: Dialect): void {
  describe(`fuzzing every Lexicon method (${dialect})`, () => {
    let pds: TestServer
    let alice: TestAccount
    let facts: SampleFacts

    beforeAll(async () => {
      pds = await startTestServer({ dialect })
      alice = await signUp(pds)
      const { data } = await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'com.example.fuzz',
        record: { $type: 'com.example.fuzz', text: 'seed' },
      })
      facts = { did: alice.did, handle: alice.handle, cid: data.cid }
    })
    afterAll(() => pds?.close())

    async function stored(): Promise<string> {
      const columns = TABLES.map((table) => `(select count(*) from ${table}) as ${table}`).join(', ')
      const { rows } = await sql.raw(`select ${columns}`).execute(pds.ctx.db)
      const temp = path.join(pds.ctx.config.blobstoreDiskLocation, 'temp')
      const files = await fs.readdir(temp).catch(() => [])
      return JSON.stringify({ ...(rows[0] as object), tempFiles: files.length })
    }

    async function session(): Promise<string> {
      const res = await fetch(`${pds.url}/xrpc/com.atproto.server.createSession`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: alice.handle, password: alice.password }),
      })
      return ((await res.json()) as { accessJwt: string }).accessJwt
    }

    async function send(nsid: string, req: FuzzRequest, token: string | undefined) {
      const url = new URL(`${pds.url}/xrpc/${nsid}`)
      for (const [key, value] of req.query ?? []) url.searchParams.append(key, value)
      const headers: Record<string, string> = {}
      if (req.contentType) headers['content-type'] = req.contentType
      if (token) headers.authorization = `Bearer ${token}`
      const res = await fetch(url, { method: req.method, headers, body: req.body })
      const text = await res.text()
      return { status: res.status, text: text.slice(0, 200) }
    }

    it('never answers a 5xx but 501/502/503, stores nothing it refused, and stays healthy', async () => {
      const violations: string[] = []
      let sent = 0
      for (const nsid of Object.keys(knownMethods).sort()) {
        const served = SERVED.has(nsid)
        // @NOTE sign-up and login hash a password per request (argon2id, ~30 ms of CPU), and a password
        // reset request answers no sooner than 300 ms (so it cannot tell addresses apart): fewer strings, one pass
        const hashing = SLOW_METHODS.has(nsid)
        const requests = buildRequests(nsid, facts, served, hashing)
        const tokens = served && !hashing ? [undefined, await session(), 'garbage.not.ajwt'] : [undefined]
        for (const token of tokens) {
          for (const req of requests) {
            const checkStored = served && req.method === 'POST'
            const before = checkStored ? await stored() : ''
            const res = await send(nsid, req, token)
            sent++
            const auth = token === undefined ? 'no auth' : token.startsWith('garbage') ? 'bad token' : 'session'
            if (res.status >= 500 && !ALLOWED_5XX.has(res.status)) {
              violations.push(`${nsid} ${req.what} (${auth}): ${res.status} ${res.text}`)
            }
            if (checkStored && res.status >= 400) {
              const after = await stored()
              if (after !== before)
                violations.push(
                  `${nsid} ${req.what} (${auth}): refused (${res.status}) but stored ${before} -> ${after}`,
                )
            }
          }
        }
        const health = await fetch(`${pds.url}/xrpc/_health`)
        if (health.status !== 200) violations.push(`after ${nsid}: health ${health.status}`)
      }
      expect(violations).toEqual([])
      expect(sent).toBeGreaterThan(1_000)
    }, 110_000)
  })
}

function buildRequests(nsid: string, facts: SampleFacts, served: boolean, hashing: boolean): FuzzRequest[] {
  const hostile = hashing ? HOSTILE_STRINGS.filter((_, i) => i % 3 === 0) : HOSTILE_STRINGS
  const kind = knownMethods[nsid]?.type
  const def = lexiconDoc(nsid)?.defs?.main
  if (kind === 'subscription') {
    return [
      { what: 'a subscription over plain GET', method: 'GET', query: [['cursor', 'abc']] },
      { what: 'a subscription over POST', method: 'POST', body: '{}', contentType: 'application/json' },
    ]
  }
  const params = (def?.parameters ? sampleValue(def.parameters, nsid, facts) : {}) as Record<string, unknown>
  const query = toQuery(params)
  const verb = kind === 'query' ? 'GET' : 'POST'
  const wrongVerb: FuzzRequest = { what: 'the wrong verb', method: verb === 'GET' ? 'POST' : 'GET', query }
  if (!served) return [{ what: 'a valid request', method: verb, query }, wrongVerb]

  const out: FuzzRequest[] = [wrongVerb]
  // query parameters: missing, wrong-typed, hostile, repeated
  const paramProps = Object.entries<Record<string, unknown>>(def?.parameters?.properties ?? {})
  for (const name of def?.parameters?.required ?? []) {
    out.push({ what: `without param ${name}`, method: verb, query: query.filter(([key]) => key !== name) })
  }
  for (const [name, prop] of paramProps) {
    const others = query.filter(([key]) => key !== name)
    for (const bad of [...wrongTypes(prop).map((v) => JSON.stringify(v)), ...hostile]) {
      out.push({ what: `param ${name}=${bad.slice(0, 30)}`, method: verb, query: [...others, [name, bad]] })
    }
    out.push({ what: `param ${name} twice`, method: verb, query: [...query, [name, String(params[name] ?? 'x')]] })
  }
  out.push({ what: 'an unknown param', method: verb, query: [...query, ['zzz', 'x']] })

  if (kind === 'query') {
    out.unshift({ what: 'a valid request', method: 'GET', query })
    return out
  }
  const input = def?.input
  const base = { method: 'POST' as const, query }
  if (!input) {
    out.unshift({ ...base, what: 'a valid request' })
    out.push({ ...base, what: 'a body where none is expected', body: '{"a":1}', contentType: 'application/json' })
    return out
  }
  if (input.encoding !== 'application/json' || !input.schema) {
    out.unshift({ ...base, what: 'a valid body', body: new Uint8Array(64), contentType: 'application/octet-stream' })
    out.push(
      { ...base, what: 'an empty body', body: new Uint8Array(0), contentType: 'application/octet-stream' },
      { ...base, what: 'a text body', body: 'hello', contentType: 'text/plain' },
      { ...base, what: 'a body without content type', body: new Uint8Array(10) },
      { ...base, what: 'a JSON body', body: '{"a":1}', contentType: 'application/json' },
      {
        ...base,
        what: 'random bytes as CAR',
        body: crypto.getRandomValues(new Uint8Array(300)),
        contentType: 'application/vnd.ipld.car',
      },
    )
    return out
  }
  const body = (sampleValue(input.schema, nsid, facts) ?? {}) as Record<string, unknown>
  const json = (value: unknown, what: string): FuzzRequest => ({
    ...base,
    what,
    body: JSON.stringify(value),
    contentType: 'application/json',
  })
  out.unshift(json(body, 'a valid body'))
  const props = Object.entries<Record<string, unknown>>(input.schema.properties ?? {})
  for (const name of input.schema.required ?? []) {
    const { [name]: _, ...rest } = body
    out.push(json(rest, `without ${name}`))
  }
  for (const [name, prop] of props) {
    for (const bad of wrongTypes(prop)) out.push(json({ ...body, [name]: bad }, `${name}=${JSON.stringify(bad)}`))
    for (const bad of hostile) out.push(json({ ...body, [name]: bad }, `${name}=${bad.slice(0, 30)}`))
    out.push(json({ ...body, [name]: 'x'.repeat(100_000) }, `${name} a huge string`))
    out.push(json({ ...body, [name]: { $link: '99999999999999999999' } }, `${name} a bad $link`))
    out.push({
      ...base,
      what: `${name} nested 20,000 deep`,
      body: JSON.stringify({ ...body, [name]: null }).replace('null', deepNesting(20_000)),
      contentType: 'application/json',
    })
  }
  // one level down: the fields of an object property, or of an array's first object
  for (const [name, value] of Object.entries(body)) {
    const inner = Array.isArray(value) ? value[0] : value
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) continue
    const wrap = (changed: unknown) => ({
      ...body,
      [name]: Array.isArray(value) ? [changed, ...value.slice(1)] : changed,
    })
    for (const key of Object.keys(inner)) {
      for (const bad of [12345, null, ['x'], { $link: 'nope' }, ...hostile.slice(0, 6)]) {
        out.push(json(wrap({ ...inner, [key]: bad }), `${name}.${key}=${JSON.stringify(bad).slice(0, 30)}`))
      }
      const { [key]: _, ...rest } = inner as Record<string, unknown>
      out.push(json(wrap(rest), `${name} without ${key}`))
    }
  }
  out.push(
    json([body], 'an array body'),
    json('text', 'a string body'),
    json({ ...body, __proto__: { admin: true } }, 'a __proto__ key'),
    { ...base, what: 'malformed JSON', body: '{"a":', contentType: 'application/json' },
    { ...base, what: 'deeply nested JSON', body: deepNesting(50_000), contentType: 'application/json' },
    {
      ...base,
      what: 'an oversize body',
      body: JSON.stringify({ ...body, pad: 'x'.repeat(300_000) }),
      contentType: 'application/json',
    },
    { ...base, what: 'JSON as text/plain', body: JSON.stringify(body), contentType: 'text/plain' },
    { ...base, what: 'JSON as a form', body: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
    { ...base, what: 'JSON without content type', body: JSON.stringify(body) },
    { ...base, what: 'no body at all' },
    {
      ...base,
      what: 'binary as JSON',
      body: new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
      contentType: 'application/json',
    },
  )
  return out
}

function toQuery(params: Record<string, unknown>): [string, string][] {
  return Object.entries(params).flatMap(([key, value]) =>
    Array.isArray(value)
      ? value.map((v) => [key, String(v)] as [string, string])
      : [[key, String(value)] as [string, string]],
  )
}
