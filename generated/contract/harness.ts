/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/contract/harness.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * @module
 * The shared steps of the generated contract tests. Each method's test serves the
 * generated method description on a bare @atproto/xrpc-server (loopback, free port)
 * with a handler that answers the schema's sample output, and checks over HTTP that
 * the generated checks accept and refuse what the schema says.
 */
import type { Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createServer } from '@atproto/xrpc-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as rt from '../runtime/index.js'

type Params = { [name: string]: string | string[] }

/** The parts of a generated method module the harness uses. */
export interface MethodModule {
  id: string
  schema: rt.MethodSchema & {
    output?: { schema?: { safeValidate(v: unknown): { success: boolean } } }
    message?: { validate(v: unknown): unknown }
  }
  ERRORS: readonly string[]
}

/** A method's samples, synthesised from its schema. */
export interface MethodCase {
  type: 'query' | 'procedure'
  params: Params
  invalidParams: [string, Params][]
  /** the input: a JSON body, or `body: null` for a binary one */
  input?: { encoding: string; body: unknown }
  invalidInputs: [string, unknown][]
  /** the handler's output: JSON, or `body: null` for a binary one */
  output?: { encoding: string; body: unknown }
  /** an output that breaks the schema, when one can be made */
  invalidOutput?: unknown
}

async function listen(server: ReturnType<typeof createServer>): Promise<{ url: string; http: HttpServer }> {
  const http = server.router.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => http.once('listening', () => resolve()))
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, http }
}

function query(params: Params): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

async function errorOf(res: Response): Promise<string | undefined> {
  return ((await res.json()) as { error?: string }).error
}

/** Runs the contract tests of one query or procedure. */
export function contractMethod(mod: MethodModule, c: MethodCase): void {
  describe(`${mod.id} (contract)`, () => {
    const state: { error?: string; badOutput?: boolean } = {}
    let url = ''
    let bareUrl = ''
    const servers: HttpServer[] = []

    beforeAll(async () => {
      const server = createServer([], { validateResponse: true })
      rt.addMethod(server, mod.schema, undefined, () => {
        if (state.error) return { status: 400, error: state.error, message: `the handler declared ${state.error}` }
        if (state.badOutput) return { encoding: 'application/json', body: rt.jsonToLex(c.invalidOutput) }
        if (!c.output) return undefined
        const body = c.output.encoding === 'application/json' ? rt.jsonToLex(c.output.body) : new Uint8Array([1, 2, 3])
        return { encoding: c.output.encoding === '*/*' ? 'application/octet-stream' : c.output.encoding, body }
      })
      const served = await listen(server)
      const bare = await listen(createServer([]))
      servers.push(served.http, bare.http)
      url = served.url
      bareUrl = bare.url
    })

    afterAll(async () => {
      await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))))
    })

    const call = (base: string, params: Params, input = c.input, body?: unknown) => {
      const target = `${base}/xrpc/${mod.id}${query(params)}`
      if (c.type === 'query') return fetch(target)
      if (!input) return fetch(target, { method: 'POST' })
      const payload =
        input.encoding === 'application/json' ? JSON.stringify(body ?? input.body) : new Uint8Array([1, 2, 3, 4])
      return fetch(target, { method: 'POST', headers: { 'content-type': input.encoding }, body: payload })
    }

    it('accepts a valid request and answers with output that matches the schema', async () => {
      state.error = undefined
      state.badOutput = false
      const res = await call(url, c.params)
      expect(res.status, await res.clone().text()).toBe(200)
      if (c.output?.encoding === 'application/json') {
        const body = rt.jsonToLex(await res.json())
        expect(mod.schema.output?.schema?.safeValidate(body).success).toBe(true)
      }
    })

    if (c.invalidParams.length > 0) {
      it.each(c.invalidParams)('rejects parameters %s with 400 InvalidRequest', async (_, params) => {
        const res = await call(url, params)
        expect(res.status).toBe(400)
        expect(await errorOf(res)).toBe('InvalidRequest')
      })
    }

    if (c.invalidInputs.length > 0) {
      it.each(c.invalidInputs)('rejects an input %s with 400 InvalidRequest', async (_, body) => {
        const res = await call(url, c.params, c.input, body)
        expect(res.status).toBe(400)
        expect(await errorOf(res)).toBe('InvalidRequest')
      })
    }

    if (mod.ERRORS.length > 0) {
      it.each([...mod.ERRORS])('passes the declared error %s through by name', async (name) => {
        state.error = name
        try {
          const res = await call(url, c.params)
          expect(res.status).toBe(400)
          expect(await errorOf(res)).toBe(name)
        } finally {
          state.error = undefined
        }
      })
    }

    if (c.invalidOutput !== undefined) {
      it('refuses a handler output that breaks the schema with a 500', async () => {
        state.badOutput = true
        try {
          const res = await call(url, c.params)
          expect(res.status).toBe(500)
          expect(await errorOf(res)).toBe('InternalServerError')
        } finally {
          state.badOutput = false
        }
      })
    }

    it('answers 501 MethodNotImplemented when no handler is registered', async () => {
      const res = await call(bareUrl, c.params)
      expect(res.status).toBe(501)
      expect(await errorOf(res)).toBe('MethodNotImplemented')
    })
  })
}

/** Runs the contract tests of one subscription: its parameters and message checks exist and load. */
export function contractSubscription(mod: MethodModule, c: { params: Params }): void {
  describe(`${mod.id} (contract)`, () => {
    it('reads valid parameters from a query string', () => {
      const reader = (mod.schema as unknown as { parameters: { fromURLSearchParams(s: URLSearchParams): unknown } })
        .parameters
      expect(() => reader.fromURLSearchParams(new URLSearchParams(query(c.params).slice(1)))).not.toThrow()
    })

    it('refuses a message that is not an object with a $type', () => {
      expect(() => mod.schema.message?.validate(12345)).toThrow()
    })
  })
}

/** The parts of a generated record module the harness uses. */
export interface RecordModule {
  id: string
  validateRecord(v: unknown): rt.ValidationResult<unknown>
}

/** Runs the contract tests of one record type. */
export function contractRecord(mod: RecordModule, c: { valid: unknown; invalid: [string, unknown][] }): void {
  describe(`${mod.id} record (contract)`, () => {
    it('accepts a valid record', () => {
      const result = mod.validateRecord(rt.jsonToLex(c.valid))
      expect(result.success ? 'valid' : result.error.message).toBe('valid')
    })

    it('refuses a record whose $type names another collection', () => {
      const other = { ...(c.valid as object), $type: 'com.example.other' }
      expect(mod.validateRecord(rt.jsonToLex(other)).success).toBe(false)
    })

    if (c.invalid.length > 0) {
      it.each(c.invalid)('refuses a record %s', (_, value) => {
        expect(mod.validateRecord(rt.jsonToLex(value)).success).toBe(false)
      })
    }
  })
}
