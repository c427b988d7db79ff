/**
 * @module
 * `generated/openapi.json`: an OpenAPI 3.1 description of every XRPC query and
 * procedure, so HTTP tooling can explore the API. Lexicon definitions become JSON
 * Schema components named `nsid` (main) or `nsid.def`.
 * @see https://spec.openapis.org/oas/v3.1.0
 */
import type { Registry } from '../load.js'
import type { FieldDef } from './type.js'

type Json = { [key: string]: unknown }

const FORMATS: { readonly [format: string]: string } = { datetime: 'date-time', uri: 'uri' }

/** The OpenAPI document. */
export function emitOpenApi(registry: Registry, methods: readonly string[], version: string): Json {
  const components: Json = {}
  const paths: Json = {}
  const pending: [string, string][] = []

  const componentName = (nsid: string, name: string) => (name === 'main' ? nsid : `${nsid}.${name}`)
  const refTo = (ref: string, from: string): Json => {
    const target = registry.resolve(ref, from)
    if (!target) return {}
    const key = componentName(target.nsid, target.name)
    if (!(key in components)) {
      components[key] = {}
      pending.push([target.nsid, target.name])
    }
    return { $ref: `#/components/schemas/${key}` }
  }

  const schemaOf = (def: FieldDef, from: string): Json => {
    const base: Json = def.description ? { description: def.description } : {}
    switch (def.type) {
      case 'string': {
        const s: Json = { ...base, type: 'string' }
        if (typeof def.format === 'string') s.format = FORMATS[def.format] ?? def.format
        if (def.enum) s.enum = def.enum
        if (def.const !== undefined) s.const = def.const
        if (def.default !== undefined) s.default = def.default
        if (def.knownValues) s.examples = def.knownValues
        if (typeof def.maxLength === 'number') s.maxLength = def.maxLength
        if (typeof def.minLength === 'number') s.minLength = def.minLength
        return s
      }
      case 'integer': {
        const s: Json = { ...base, type: 'integer' }
        for (const k of ['minimum', 'maximum', 'enum', 'const', 'default']) if (def[k] !== undefined) s[k] = def[k]
        return s
      }
      case 'boolean':
        return { ...base, type: 'boolean', ...(def.default !== undefined ? { default: def.default } : {}) }
      case 'bytes':
        return {
          ...base,
          type: 'object',
          required: ['$bytes'],
          properties: { $bytes: { type: 'string', contentEncoding: 'base64' } },
        }
      case 'cid-link':
        return { ...base, type: 'object', required: ['$link'], properties: { $link: { type: 'string' } } }
      case 'blob':
        return {
          ...base,
          type: 'object',
          required: ['$type', 'ref', 'mimeType', 'size'],
          properties: {
            $type: { const: 'blob' },
            ref: { type: 'object', properties: { $link: { type: 'string' } } },
            mimeType: { type: 'string' },
            size: { type: 'integer' },
          },
        }
      case 'unknown':
        return { ...base, type: 'object' }
      case 'array': {
        const s: Json = { ...base, type: 'array', items: schemaOf(def.items as FieldDef, from) }
        if (typeof def.maxLength === 'number') s.maxItems = def.maxLength
        if (typeof def.minLength === 'number') s.minItems = def.minLength
        return s
      }
      case 'ref':
        return refTo(def.ref as string, from)
      case 'union':
        return { ...base, oneOf: (def.refs ?? []).map((r) => refTo(r, from)) }
      case 'object':
      case 'params': {
        const properties: Json = {}
        const nullable = new Set(def.nullable ?? [])
        for (const [key, prop] of Object.entries(def.properties ?? {})) {
          const s = schemaOf(prop, from)
          properties[key] = nullable.has(key) ? { oneOf: [s, { type: 'null' }] } : s
        }
        return { ...base, type: 'object', ...(def.required?.length ? { required: def.required } : {}), properties }
      }
      case 'record':
        return schemaOf(def.record as FieldDef, from)
      case 'token':
        return { ...base, type: 'string', const: from }
      default:
        return base
    }
  }

  for (const nsid of methods) {
    const def = registry.docs.get(nsid)?.doc.defs.main as unknown as FieldDef & {
      input?: { encoding: string; schema?: FieldDef }
      output?: { encoding: string; schema?: FieldDef }
      errors?: { name: string; description?: string }[]
    }
    if (def.type === 'subscription') continue
    const params = def.parameters as FieldDef | undefined
    const required = new Set(params?.required ?? [])
    const op: Json = {
      operationId: nsid,
      tags: [nsid.split('.').slice(0, -1).join('.')],
      ...(def.description ? { summary: def.description.split('\n')[0], description: def.description } : {}),
      parameters: Object.entries(params?.properties ?? {}).map(([name, prop]) => ({
        name,
        in: 'query',
        required: required.has(name),
        ...(prop.description ? { description: prop.description } : {}),
        schema: schemaOf(prop, nsid),
        ...(prop.type === 'array' ? { style: 'form', explode: true } : {}),
      })),
      responses: {
        '200': def.output
          ? {
              description: 'OK',
              content: {
                [def.output.encoding]: { schema: def.output.schema ? schemaOf(def.output.schema, nsid) : {} },
              },
            }
          : { description: 'OK' },
        '400': errorResponse([
          'InvalidRequest',
          'ExpiredToken',
          'InvalidToken',
          ...(def.errors ?? []).map((e) => e.name),
        ]),
        '401': errorResponse(['AuthenticationRequired']),
        '500': errorResponse(['InternalServerError']),
        '501': errorResponse(['MethodNotImplemented']),
      },
    }
    if (def.type === 'procedure' && def.input) {
      op.requestBody = {
        required: true,
        content: { [def.input.encoding]: { schema: def.input.schema ? schemaOf(def.input.schema, nsid) : {} } },
      }
    }
    paths[`/xrpc/${nsid}`] = { [def.type === 'query' ? 'get' : 'post']: op }
  }

  while (pending.length > 0) {
    const [nsid, name] = pending.shift() as [string, string]
    const def = registry.docs.get(nsid)?.doc.defs[name] as unknown as FieldDef
    components[componentName(nsid, name)] = schemaOf(def, nsid)
  }

  const sorted: Json = {}
  for (const key of Object.keys(components).sort()) sorted[key] = components[key]
  return {
    openapi: '3.1.0',
    info: {
      title: 'AT Protocol PDS XRPC API',
      version,
      description: 'Every XRPC query and procedure of the Lexicon set this server was generated from.',
    },
    paths,
    components: {
      schemas: sorted,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    },
  }
}

function errorResponse(names: readonly string[]): Json {
  return {
    description: 'XRPC error',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'string', enum: [...new Set(names)] }, message: { type: 'string' } },
        },
      },
    },
  }
}
