/**
 * @module
 * Validator code for Lexicon field types. Each emitter prints statements that check
 * the variable `v` against a definition, with `path` as the expression of its path
 * for messages, and throw `rt.invalid(...)` on the first problem, in the same order
 * and with the same verdict as @atproto/lexicon. Where validation may return a new
 * value (a default filled in below), the statements assign it back to `v`.
 *
 * The code is specialised per schema: every constant of the schema is inlined, and
 * costly checks (UTF-8 length, graphemes) run only when a cheap bound cannot decide.
 * @see https://atproto.com/specs/lexicon
 */
import { access, lit } from '../names.js'
import type { DocContext } from './context.js'
import type { FieldDef } from './type.js'

const FORMAT_CHECKS: { readonly [format: string]: readonly [fn: string, message: string] } = {
  datetime: ['isDatetime', 'must be an valid atproto datetime (both RFC-3339 and ISO-8601)'],
  uri: ['isUri', 'must be a uri'],
  'at-uri': ['isAtUri', 'must be a valid at-uri'],
  did: ['isDid', 'must be a valid did'],
  handle: ['isHandle', 'must be a valid handle'],
  'at-identifier': ['isAtIdentifier', 'must be a valid did or a handle'],
  nsid: ['isNsid', 'must be a valid nsid'],
  cid: ['isCid', 'must be a cid string'],
  language: ['isLanguage', 'must be a well-formed BCP 47 language tag'],
  tid: ['isTid', 'must be a valid TID'],
  'record-key': ['isRecordKey', 'must be a valid Record Key'],
}

/** Emission state for one check: the variable, its path expression and a counter for fresh names. */
export interface CheckScope {
  readonly ctx: DocContext
  /** next free suffix for local variables */
  depth: number
}

/** The statement that throws for a failed check; a path ending in a literal absorbs the message. */
const fail = (path: string, message: string) => {
  const tail = /^(.*) \+ '((?:[^'\\]|\\.)*)'$/.exec(path)
  if (tail) return `throw rt.invalid(${tail[1]} + '${tail[2]}${lit(` ${message}`).slice(1)})`
  return `throw rt.invalid(${path} + ${lit(` ${message}`)})`
}

/** @see https://atproto.com/specs/lexicon#boolean */
export function emitBooleanCheck(def: FieldDef, v: string, path: string): string {
  const lines = [`if (typeof ${v} !== 'boolean') ${fail(path, 'must be a boolean')}`]
  if (typeof def.const === 'boolean') lines.push(`if (${v} !== ${def.const}) ${fail(path, `must be ${def.const}`)}`)
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#integer */
export function emitIntegerCheck(def: FieldDef, v: string, path: string): string {
  const lines = [`if (!Number.isInteger(${v})) ${fail(path, 'must be an integer')}`]
  if (typeof def.const === 'number') lines.push(`if (${v} !== ${def.const}) ${fail(path, `must be ${def.const}`)}`)
  if (Array.isArray(def.enum)) {
    const cond = def.enum.map((e) => `${v} !== ${Number(e)}`).join(' && ') || 'true'
    lines.push(`if (${cond}) ${fail(path, `must be one of (${def.enum.join('|')})`)}`)
  }
  if (typeof def.maximum === 'number') {
    lines.push(`if ((${v} as number) > ${def.maximum}) ${fail(path, `can not be greater than ${def.maximum}`)}`)
  }
  if (typeof def.minimum === 'number') {
    lines.push(`if ((${v} as number) < ${def.minimum}) ${fail(path, `can not be less than ${def.minimum}`)}`)
  }
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#string */
export function emitStringCheck(def: FieldDef, v: string, path: string): string {
  const lines = [`if (typeof ${v} !== 'string') ${fail(path, 'must be a string')}`]
  if (typeof def.const === 'string') lines.push(`if (${v} !== ${lit(def.const)}) ${fail(path, `must be ${def.const}`)}`)
  if (Array.isArray(def.enum)) {
    const cond = def.enum.map((e) => `${v} !== ${lit(String(e))}`).join(' && ') || 'true'
    lines.push(`if (${cond}) ${fail(path, `must be one of (${def.enum.join('|')})`)}`)
  }
  const { minLength, maxLength, minGraphemes, maxGraphemes } = def as {
    minLength?: number
    maxLength?: number
    minGraphemes?: number
    maxGraphemes?: number
  }
  // @NOTE UTF-16 length L bounds the UTF-8 length to [L, 3L], so most strings never need counting
  if (typeof minLength === 'number') {
    lines.push(
      `if (${v}.length < ${minLength} && (${v}.length * 3 < ${minLength} || rt.utf8Len(${v}) < ${minLength})) ${fail(path, `must not be shorter than ${minLength} characters`)}`,
    )
  }
  if (typeof maxLength === 'number') {
    lines.push(
      `if (${v}.length * 3 > ${maxLength} && rt.utf8Len(${v}) > ${maxLength}) ${fail(path, `must not be longer than ${maxLength} characters`)}`,
    )
  }
  // @NOTE a string never has more graphemes than UTF-16 code units
  if (typeof minGraphemes === 'number') {
    lines.push(
      `if (${v}.length < ${minGraphemes} || rt.graphemeLen(${v}) < ${minGraphemes}) ${fail(path, `must not be shorter than ${minGraphemes} graphemes`)}`,
    )
  }
  if (typeof maxGraphemes === 'number') {
    lines.push(
      `if (${v}.length > ${maxGraphemes} && rt.graphemeLen(${v}) > ${maxGraphemes}) ${fail(path, `must not be longer than ${maxGraphemes} graphemes`)}`,
    )
  }
  const format = typeof def.format === 'string' ? FORMAT_CHECKS[def.format] : undefined
  if (format) lines.push(`if (!rt.${format[0]}(${v})) ${fail(path, format[1])}`)
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#bytes */
export function emitBytesCheck(def: FieldDef, v: string, path: string): string {
  const lines = [`if (!(${v} instanceof Uint8Array)) ${fail(path, 'must be a byte array')}`]
  if (typeof def.maxLength === 'number') {
    lines.push(
      `if (${v}.byteLength > ${def.maxLength}) ${fail(path, `must not be larger than ${def.maxLength} bytes`)}`,
    )
  }
  if (typeof def.minLength === 'number') {
    lines.push(
      `if (${v}.byteLength < ${def.minLength}) ${fail(path, `must not be smaller than ${def.minLength} bytes`)}`,
    )
  }
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#cid-link */
export function emitCidLinkCheck(v: string, path: string): string {
  return `if (rt.asCid(${v}) === null) ${fail(path, 'must be a CID')}`
}

/**
 * Blob refs, including the schema's `accept` and `maxSize`, which the spec requires
 * (@atproto/lexicon 0.6 leaves them to the PDS; the interop vectors expect them here).
 * @see https://atproto.com/specs/lexicon#blob
 */
export function emitBlobCheck(def: FieldDef, v: string, path: string): string {
  const lines = [`if (!rt.isBlob(${v})) ${fail(path, 'should be a blob ref')}`]
  if (Array.isArray(def.accept) && def.accept.length > 0 && !def.accept.includes('*/*')) {
    const accept = def.accept as string[]
    // @NOTE the accepted types are inlined as comparisons, not matched against a list at run time
    const tests = accept.map((a) => (a.endsWith('/*') ? `m.startsWith(${lit(a.slice(0, -1))})` : `m === ${lit(a)}`))
    lines.push(
      `{\n  const m = rt.blobMimeType(${v})\n  if (!(${tests.join(' || ')})) ${fail(path, `mime type must be one of ${accept.join(', ')}`)}\n}`,
    )
  }
  if (typeof def.maxSize === 'number') {
    lines.push(
      `if ((rt.blobSize(${v}) ?? 0) > ${def.maxSize}) ${fail(path, `must not be larger than ${def.maxSize} bytes`)}`,
    )
  }
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#unknown */
export function emitUnknownCheck(v: string, path: string): string {
  return `if (!rt.isPlainObject(${v})) ${fail(path, 'must be an object')}`
}

/** @see https://atproto.com/specs/lexicon#array */
export function emitArrayCheck(def: FieldDef, v: string, path: string, scope: CheckScope): string {
  const lines = [`if (!Array.isArray(${v})) ${fail(path, 'must be an array')}`]
  if (typeof def.maxLength === 'number') {
    lines.push(`if (${v}.length > ${def.maxLength}) ${fail(path, `must not have more than ${def.maxLength} elements`)}`)
  }
  if (typeof def.minLength === 'number') {
    lines.push(
      `if (${v}.length < ${def.minLength}) ${fail(path, `must not have fewer than ${def.minLength} elements`)}`,
    )
  }
  const n = ++scope.depth
  const i = `i${n}`
  const e = `e${n}`
  const inner = emitCheck(def.items as FieldDef, e, `${path} + '/' + ${i}`, scope)
  // @NOTE items are checked but the array is returned as given, as @atproto/lexicon does
  const binding = new RegExp(`(^|[^.\\w])${e} = `).test(inner) ? 'let' : 'const'
  lines.push(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`, `  ${binding} ${e}: unknown = ${v}[${i}]`)
  lines.push(indentLines(inner), '}')
  return lines.join('\n')
}

/** @see https://atproto.com/specs/lexicon#ref */
export function emitRefCheck(def: FieldDef, v: string, path: string, scope: CheckScope): string {
  const target = scope.ctx.ref(def.ref as string)
  const changes = scope.ctx.facts.mayChange(target.def, target.nsid)
  return nested(changes ? `${v} = ${target.check}(${v}, '')` : `${target.check}(${v}, '')`, path)
}

/**
 * A call to another check function. The callee gets an empty path and the caller adds
 * its own to the message of an error on the way out, so a valid value never pays for
 * building path strings.
 */
function nested(call: string, path: string): string {
  return `try {\n  ${call}\n} catch (err) {\n  throw rt.within(err, ${path})\n}`
}

/** @see https://atproto.com/specs/lexicon#union */
export function emitUnionCheck(def: FieldDef, v: string, path: string, scope: CheckScope): string {
  const n = ++scope.depth
  const t = `t${n}`
  const refs = def.refs ?? []
  const lines = [
    `if (typeof ${v} !== 'object' || ${v} === null || typeof (${v} as { $type?: unknown }).$type !== 'string') ${fail(path, 'must be an object which includes the "$type" property')}`,
    `const ${t} = (${v} as { $type: string }).$type`,
    `switch (${t}) {`,
  ]
  for (const ref of refs) {
    const target = scope.ctx.ref(ref)
    // @NOTE a main definition may be named with or without its "#main" fragment
    const labels = target.name === 'main' ? [target.nsid, `${target.nsid}#main`] : [target.typeId]
    const call = scope.ctx.facts.mayChange(target.def, target.nsid)
      ? `${v} = ${target.check}(${v}, '')`
      : `${target.check}(${v}, '')`
    lines.push(
      `  ${labels.map((l) => `case ${lit(l)}:`).join(' ')}`,
      indentLines(indentLines(nested(call, path))),
      '    break',
    )
  }
  if (def.closed) {
    lines.push(
      '  default:',
      `    ${fail(path, `$type must be one of ${refs.map((r) => scope.ctx.ref(r).typeId).join(', ')}`)}`,
    )
  } else {
    // @NOTE @atproto/lexicon fails on a $type it cannot parse as a reference, even in an open union
    lines.push(
      '  default:',
      `    if (${t}.charCodeAt(0) === 35 || ${t}.indexOf('#') !== ${t}.lastIndexOf('#')) ${fail(path, '$type is not a valid type reference')}`,
    )
  }
  lines.push('}')
  return lines.join('\n')
}

/**
 * An inline object (a property whose type is `object`), checked in place.
 * @see https://atproto.com/specs/lexicon#object
 */
export function emitObjectCheck(def: FieldDef, v: string, path: string, scope: CheckScope): string {
  const n = ++scope.depth
  const o = `o${n}`
  const r = `r${n}`
  const changes = scope.ctx.facts.mayChange(def, scope.ctx.nsid)
  const lines = [
    `if (typeof ${v} !== 'object' || ${v} === null) ${fail(path, 'must be an object')}`,
    `const ${o} = ${v} as { [key: string]: unknown }`,
  ]
  if (changes) lines.push(`let ${r}: { [key: string]: unknown } | undefined`)
  lines.push(emitProperties(def, o, r, path, scope))
  if (changes) lines.push(`if (${r} !== undefined) ${v} = ${r}`)
  return lines.join('\n')
}

/**
 * The property checks of an object held in `o`; a changed property value goes into a
 * shallow copy `r`, made on the first change, as @atproto/lexicon does.
 */
export function emitProperties(def: FieldDef, o: string, r: string, path: string, scope: CheckScope): string {
  const required = new Set(def.required ?? [])
  const nullable = new Set(def.nullable ?? [])
  const lines: string[] = []
  for (const [key, prop] of Object.entries(def.properties ?? {})) {
    const n = ++scope.depth
    const x = `x${n}`
    const propPath = `${path} + ${lit(`/${key}`)}`
    const changes = scope.ctx.facts.mayChange(prop, scope.ctx.nsid)
    const hasDefault =
      prop.default !== undefined && (prop.type === 'integer' || prop.type === 'boolean' || prop.type === 'string')
    lines.push(`${changes ? 'let' : 'const'} ${x}: unknown = ${access(o, key)}`)
    const missing: string[] = []
    if (hasDefault) missing.push(`(${r} ??= { ...${o} })[${lit(key)}] = ${JSON.stringify(prop.default)}`)
    else if (required.has(key)) missing.push(fail(path, `must have the property "${key}"`))
    const check = emitCheck(prop, x, propPath, scope)
    const keep = changes ? `\nif (${x} !== ${access(o, key)}) (${r} ??= { ...${o} })[${lit(key)}] = ${x}` : ''
    const present = `${check}${keep}`
    const nullGuard = nullable.has(key) ? ` && ${x} !== null` : ''
    if (missing.length > 0) {
      lines.push(`if (${x} === undefined) {`, indentLines(missing.join('\n')), `} else if (true${nullGuard}) {`)
    } else {
      lines.push(`if (${x} !== undefined${nullGuard}) {`)
    }
    lines.push(indentLines(present), '}')
  }
  return lines
    .join('\n')
    .replace(/else if \(true && /g, 'else if (')
    .replace(/else if \(true\)/g, 'else')
}

/** The check for any field definition. */
export function emitCheck(def: FieldDef, v: string, path: string, scope: CheckScope): string {
  switch (def.type) {
    case 'boolean':
      return emitBooleanCheck(def, v, path)
    case 'integer':
      return emitIntegerCheck(def, v, path)
    case 'string':
      return emitStringCheck(def, v, path)
    case 'bytes':
      return emitBytesCheck(def, v, path)
    case 'cid-link':
      return emitCidLinkCheck(v, path)
    case 'blob':
      return emitBlobCheck(def, v, path)
    case 'unknown':
      return emitUnknownCheck(v, path)
    case 'array':
      return emitArrayCheck(def, v, path, scope)
    case 'ref':
      return emitRefCheck(def, v, path, scope)
    case 'union':
      return emitUnionCheck(def, v, path, scope)
    case 'object':
      return emitObjectCheck(def, v, path, scope)
    default:
      return `throw rt.invalid(${lit(`Unexpected lexicon type: ${def.type}`)})`
  }
}

function indentLines(block: string): string {
  return block
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')
}
