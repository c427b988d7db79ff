/**
 * @module
 * Emitters for XRPC methods: queries, procedures and subscriptions. Each prints the
 * parameter, input, output and message types with their checks, the declared error
 * names, the typed handler signature, and `schema`: the method's description in the
 * shape @atproto/xrpc-server's `add()` takes, wired to the generated checks.
 * @see https://atproto.com/specs/lexicon#query-and-procedure-http-api
 */
import { lit, propKey } from '../names.js'
import { jsDoc } from '../ts.js'
import { type CheckScope, emitCheck } from './check.js'
import type { DocContext } from './context.js'
import { emitObjectCheckFn, indent } from './defs.js'
import { emitObjectBody, emitType, type FieldDef } from './type.js'

/** The subset of a query/procedure/subscription definition read here. */
export interface MethodDef {
  type: 'query' | 'procedure' | 'subscription'
  description?: string
  parameters?: FieldDef
  input?: BodyDef
  output?: BodyDef
  message?: { description?: string; schema: FieldDef }
  errors?: readonly { name: string; description?: string }[]
}

/** An input or output body. */
export interface BodyDef {
  encoding: string
  description?: string
  schema?: FieldDef
}

const JSON_ENCODING = 'application/json'

/** Every statement of a method's module section. */
export function emitMethodDef(def: MethodDef, ctx: DocContext): string[] {
  const out: string[] = []
  out.push(...emitParams(def.parameters, ctx))
  if (def.type === 'subscription') {
    out.push(...emitMessage(def, ctx))
  } else {
    out.push(...emitBody('Input', def.type === 'procedure' ? def.input : undefined, ctx))
    out.push(...emitBody('Output', def.output, ctx))
  }
  out.push(...emitErrors(def))
  out.push(...emitHandlerTypes(def))
  out.push(emitSchema(def, ctx))
  return out
}

/** @see https://atproto.com/specs/lexicon#params */
function emitParams(params: FieldDef | undefined, ctx: DocContext): string[] {
  const def: FieldDef = params ?? { type: 'params', properties: {} }
  const kinds = Object.entries(def.properties ?? {}).map(([key, prop]) => {
    const kind = prop.type === 'array' ? `[${lit((prop.items as FieldDef).type)}]` : lit(prop.type)
    return `${propKey(key)}: ${kind}`
  })
  return [
    `${jsDoc(def.description ?? 'Query-string parameters.')}export interface QueryParams ${emitObjectBody(def, ctx, undefined, true)}`,
    `/** How each parameter is read from the query string. */\nconst PARAM_KINDS: rt.ParamKinds = { ${kinds.join(', ')} }`,
    emitObjectCheckFn('QueryParams', def, ctx),
  ]
}

function emitBody(kind: 'Input' | 'Output', body: BodyDef | undefined, ctx: DocContext): string[] {
  const name = `${kind}Schema`
  const out: string[] = []
  if (body?.schema) {
    const schema = body.schema
    if (schema.type === 'object') {
      out.push(
        `${jsDoc(body.description ?? schema.description)}export interface ${name} ${emitObjectBody(schema, ctx)}`,
      )
      out.push(emitObjectCheckFn(name, schema, ctx))
    } else {
      const scope: CheckScope = { ctx, depth: 0 }
      out.push(`${jsDoc(body.description)}export type ${name} = ${emitType(schema, ctx)}`)
      out.push(
        [
          `/** @internal checks a value, throwing rt.ValidationError; \`p\` is its path for messages */`,
          `export function check${name}(v: unknown, p: string): ${name} {`,
          // @NOTE a body must be an object even when its schema is a ref or union
          `  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')`,
          indent(emitCheck(schema, 'v', 'p', scope)),
          `  return v as ${name}`,
          `}`,
        ].join('\n'),
      )
    }
  }
  const typeName = `Handler${kind}`
  if (!body) {
    out.push(`export type ${typeName} = ${kind === 'Input' ? 'undefined' : 'void'}`)
  } else if (body.schema && body.encoding === JSON_ENCODING) {
    const headers = kind === 'Output' ? '; headers?: { [name: string]: string }' : ''
    out.push(
      `export interface ${typeName} {\n  encoding: 'application/json'\n  body: ${name}${headers.replace('; ', '\n  ')}\n}`,
    )
  } else {
    const body = kind === 'Input' ? 'rt.Readable' : 'Uint8Array | rt.Readable'
    const headers = kind === 'Output' ? '\n  headers?: { [name: string]: string }' : ''
    out.push(`export interface ${typeName} {\n  encoding: string\n  body: ${body}${headers}\n}`)
  }
  return out
}

/** @see https://atproto.com/specs/lexicon#subscription-event-stream */
function emitMessage(def: MethodDef, ctx: DocContext): string[] {
  const schema = def.message?.schema
  if (!schema) return ['export type Message = never']
  const scope: CheckScope = { ctx, depth: 0 }
  return [
    `${jsDoc(def.message?.description)}export type Message = ${emitType(schema, ctx)}`,
    [
      `/** @internal checks a value, throwing rt.ValidationError; \`p\` is its path for messages */`,
      `export function checkMessage(v: unknown, p: string): Message {`,
      indent(emitCheck(schema, 'v', 'p', scope)),
      `  return v as Message`,
      `}`,
    ].join('\n'),
  ]
}

function emitErrors(def: MethodDef): string[] {
  const names = (def.errors ?? []).map((e) => e.name)
  const docs = (def.errors ?? []).filter((e) => e.description).map((e) => `${e.name}: ${e.description}`)
  return [
    `${jsDoc('The error names this method declares.', docs)}export type ErrorName = ${names.length ? names.map(lit).join(' | ') : 'never'}`,
    `export const ERRORS: readonly ErrorName[] = [${names.map(lit).join(', ')}]`,
    `/**\n * The XRPC error for one of this method's declared errors, to throw (400 unless \`status\`\n * says otherwise); no other name compiles.\n */\nexport const error: rt.DeclaredError<ErrorName> = rt.declaredError`,
  ]
}

function emitHandlerTypes(def: MethodDef): string[] {
  if (def.type === 'subscription') {
    return [
      `/** The handler of this subscription: yields the messages to send. */\nexport type Handler<C = unknown, A = unknown> = rt.StreamHandler<C, A, QueryParams, Message>`,
      `/** The handler, or the handler with its auth verifier. */\nexport type Method<C = unknown, A = unknown> = rt.StreamMethod<C, A, QueryParams, Message>`,
    ]
  }
  return [
    `/** The handler of this method, typed by its Lexicon. */\nexport type Handler<C = unknown, A = unknown> = rt.XrpcHandler<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>`,
    `/** The handler, or the handler with its auth verifier and options. */\nexport type Method<C = unknown, A = unknown> = rt.XrpcMethod<C, A, QueryParams, HandlerInput, HandlerOutput, ErrorName>`,
  ]
}

function emitSchema(def: MethodDef, _ctx: DocContext): string {
  const lines = [`  nsid: id,`, `  params: { kinds: PARAM_KINDS, check: checkQueryParams },`]
  if (def.type === 'subscription') {
    lines.push(`  message: ${def.message?.schema ? 'checkMessage' : 'undefined'},`)
  } else {
    if (def.type === 'procedure') lines.push(`  input: ${bodySpec(def.input, 'Input')},`)
    lines.push(`  output: ${bodySpec(def.output, 'Output')},`)
  }
  lines.push(`  errors: ERRORS,`)
  const factory = def.type === 'query' ? 'query' : def.type === 'procedure' ? 'procedure' : 'subscription'
  return `/** This method as @atproto/xrpc-server's \`add()\` takes it, validating with the checks above. */\nexport const schema = rt.${factory}({\n${lines.join('\n')}\n})`
}

function bodySpec(body: BodyDef | undefined, kind: string): string {
  if (!body) return 'undefined'
  return `{ encoding: ${lit(body.encoding)}, check: ${body.schema ? `check${kind}Schema` : 'undefined'} }`
}
