/**
 * @module
 * Emitters for the named definitions of a document that are data: objects, records,
 * tokens and standalone field types. Each prints the type, a `check` function (throws
 * on the first problem; used across modules), a `validate` function (returns a result)
 * and, for objects and records, an `is` type guard on `$type`.
 * @see https://atproto.com/specs/lexicon#overview-of-types
 */
import { defTypeName, lit, upperSnake } from '../names.js'
import { jsDoc } from '../ts.js'
import { type CheckScope, emitCheck, emitProperties } from './check.js'
import type { DocContext } from './context.js'
import { emitObjectBody, emitType, type FieldDef } from './type.js'

/** The `$type` that names definition `name` of document `nsid`. */
export function typeIdOf(nsid: string, name: string): string {
  return name === 'main' ? nsid : `${nsid}#${name}`
}

/**
 * An object definition.
 * @see https://atproto.com/specs/lexicon#object
 */
export function emitObjectDef(name: string, def: FieldDef, ctx: DocContext): string[] {
  const type = defTypeName(name, 'object')
  const typeId = typeIdOf(ctx.nsid, name)
  return [
    `${jsDoc(def.description)}export interface ${type} ${emitObjectBody(def, ctx, typeId)}`,
    emitObjectCheckFn(type, def, ctx),
    emitValidateFn(type, 'Object'),
    emitIsFn(type, ctx.nsid, name),
  ]
}

/**
 * A record definition: an object whose `$type` is the document's NSID.
 * @see https://atproto.com/specs/lexicon#record
 */
export function emitRecordDef(def: FieldDef, ctx: DocContext): string[] {
  const record = def.record as FieldDef
  const body = emitObjectBody(record, ctx).replace(/^\{\n?/, `{\n  $type: ${lit(ctx.nsid)}\n`)
  const key = typeof def.key === 'string' ? def.key : 'any'
  return [
    `${jsDoc(def.description, [`Record key: ${key}`])}export interface Record ${body}`,
    `/** The record key type of this collection. */\nexport const RECORD_KEY = ${lit(key)}`,
    emitObjectCheckFn('Record', record, ctx),
    [
      `/** Validates a record of this collection, including its \`$type\`. */`,
      `export function validateRecord(v: unknown): rt.ValidationResult<Record> {`,
      `  if (typeof v !== 'object' || v === null) return rt.failure('Record must be an object')`,
      `  const t = (v as { $type?: unknown }).$type`,
      `  if (typeof t !== 'string') return rt.failure('Record/$type must be a string')`,
      `  if (t !== ${lit(ctx.nsid)}) return rt.failure(\`Invalid $type: must be lex:${ctx.nsid}, got \${t}\`)`,
      `  return rt.run(checkRecord, v, 'Record')`,
      `}`,
    ].join('\n'),
    emitIsFn('Record', ctx.nsid, 'main'),
  ]
}

/**
 * A token: a named constant used as a known value.
 * @see https://atproto.com/specs/lexicon#token
 */
export function emitTokenDef(name: string, def: FieldDef, ctx: DocContext): string[] {
  return [`${jsDoc(def.description)}export const ${upperSnake(name)} = ${lit(typeIdOf(ctx.nsid, name))}`]
}

/** A standalone field type (string, integer, array...) given a name. */
export function emitFieldDef(name: string, def: FieldDef, ctx: DocContext): string[] {
  const type = defTypeName(name, def.type)
  const scope: CheckScope = { ctx, depth: 0 }
  return [
    `${jsDoc(def.description)}export type ${type} = ${emitType(def, ctx)}`,
    [
      `/** @internal checks a value, throwing rt.ValidationError; \`p\` is its path for messages */`,
      `export function check${type}(v: unknown, p: string): ${type} {`,
      indent(emitCheck(def, 'v', 'p', scope)),
      `  return v as ${type}`,
      `}`,
    ].join('\n'),
    emitValidateFn(type, 'Value'),
  ]
}

/** The body of a check function for an object definition. */
export function emitObjectCheckFn(type: string, def: FieldDef, ctx: DocContext): string {
  const scope: CheckScope = { ctx, depth: 0 }
  const changes = ctx.facts.mayChange(def, ctx.nsid)
  const lines = [
    `/** @internal checks a value, throwing rt.ValidationError; \`p\` is its path for messages */`,
    `export function check${type}(v: unknown, p: string): ${type} {`,
    `  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')`,
    `  const o = v as { [key: string]: unknown }`,
  ]
  if (changes) lines.push(`  let r: { [key: string]: unknown } | undefined`)
  const props = emitProperties(def, 'o', 'r', 'p', scope)
  if (props) lines.push(indent(props))
  lines.push(changes ? `  return (r ?? o) as unknown as ${type}` : `  return o as unknown as ${type}`, '}')
  return lines.join('\n')
}

function emitValidateFn(type: string, root: string): string {
  return [
    `/** Validates a value as ${type}; a failure says where, e.g. "${root}/field must be a string". */`,
    `export function validate${type}(v: unknown): rt.ValidationResult<${type}> {`,
    `  return rt.run(check${type}, v, ${lit(root)})`,
    `}`,
  ].join('\n')
}

function emitIsFn(type: string, nsid: string, name: string): string {
  const id = typeIdOf(nsid, name)
  const test = name === 'main' ? `rt.hasMainType(v, ${lit(nsid)})` : `rt.hasType(v, ${lit(id)})`
  return [
    `/** Whether a value says (by its \`$type\`) that it is a ${type}; it does not validate it. */`,
    `export function is${type}<V>(v: V): v is V & rt.Typed<${type}, ${lit(id)}> {`,
    `  return ${test}`,
    `}`,
  ].join('\n')
}

export function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')
}
