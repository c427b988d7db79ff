/**
 * @module
 * Reads Lexicon documents, checks each against the Lexicon language rules and
 * resolves every reference, so the emitters can trust what they are given.
 *
 * Structural rules come from @atproto/lexicon's own schema of the language (its
 * zod definitions); the few rules the spec states and that library does not
 * enforce (no standalone `unknown`/`ref`/`union` defs) are added here.
 * @see https://atproto.com/specs/lexicon
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import {
  type LexiconDoc,
  type LexUserType,
  lexArray,
  lexBlob,
  lexBoolean,
  lexBytes,
  lexCidLink,
  lexInteger,
  lexObject,
  lexPermissionSet,
  lexRecord,
  lexString,
  lexToken,
  lexUnknown,
  lexXrpcProcedure,
  lexXrpcQuery,
  lexXrpcSubscription,
} from '@atproto/lexicon'
import { isValidNsid } from '@atproto/syntax'

/** A Lexicon document that failed to load: which file, where in it, and why. */
export class LexiconLoadError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly reason: string,
  ) {
    super(`${file}: ${jsonPath}: ${reason}`)
    this.name = 'LexiconLoadError'
  }
}

/** One loaded document and where it came from (a path relative to the project, for messages). */
export interface LoadedDoc {
  readonly file: string
  readonly doc: LexiconDoc
}

const PRIMARY_TYPES = new Set(['record', 'query', 'procedure', 'subscription', 'permission-set'])

/** The part of a zod schema this module uses (zod itself is @atproto/lexicon's dependency, not ours). */
interface DefSchema {
  safeParse(
    value: unknown,
  ): { success: true } | { success: false; error: { issues: { path: (string | number)[]; message: string }[] } }
}

const DEF_SCHEMAS: Readonly<Record<string, DefSchema>> = {
  record: lexRecord,
  'permission-set': lexPermissionSet,
  query: lexXrpcQuery,
  procedure: lexXrpcProcedure,
  subscription: lexXrpcSubscription,
  blob: lexBlob,
  array: lexArray,
  token: lexToken,
  object: lexObject,
  boolean: lexBoolean,
  integer: lexInteger,
  string: lexString,
  bytes: lexBytes,
  'cid-link': lexCidLink,
  unknown: lexUnknown,
}

/**
 * Checks one parsed JSON value as a Lexicon document.
 * @throws LexiconLoadError naming the JSON path of the first problem
 */
export function checkDoc(value: unknown, file: string): LexiconDoc {
  const fail = (path: string, reason: string): never => {
    throw new LexiconLoadError(file, path, reason)
  }
  if (!isPlainObject(value)) return fail('$', 'a Lexicon document must be a JSON object')
  if (value.lexicon !== 1) return fail('$.lexicon', `must be the integer 1, got ${JSON.stringify(value.lexicon)}`)
  if (typeof value.id !== 'string') return fail('$.id', 'must be a string')
  if (!isValidNsid(value.id)) return fail('$.id', `"${value.id}" is not a valid NSID`)
  if (value.revision !== undefined && typeof value.revision !== 'number') return fail('$.revision', 'must be a number')
  if (value.description !== undefined && typeof value.description !== 'string') {
    return fail('$.description', 'must be a string')
  }
  if (!isPlainObject(value.defs)) return fail('$.defs', 'must be an object of named definitions')
  for (const [name, def] of Object.entries(value.defs)) {
    const at = `$.defs.${name}`
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(name)) fail(at, 'a definition name must be an identifier')
    if (!isPlainObject(def)) return fail(at, 'must be an object')
    if (typeof def.type !== 'string') return fail(`${at}.type`, 'must be a string')
    if (def.type === 'ref' || def.type === 'union' || def.type === 'unknown') {
      fail(`${at}.type`, `"${def.type}" may only be used inside another definition, not as a named definition`)
    }
    const schema = DEF_SCHEMAS[def.type]
    if (!schema) return fail(`${at}.type`, `unknown type "${def.type}"`)
    if (PRIMARY_TYPES.has(def.type) && name !== 'main') {
      fail(at, `a ${def.type} must be the "main" definition`)
    }
    checkWith(schema, def, at, fail)
  }
  return value as unknown as LexiconDoc
}

/**
 * Checks a definition with a zod schema. Objects written inline as a property's type,
 * which the spec and its interop vectors allow but @atproto/lexicon's schema does not,
 * are checked on their own (as objects) and stand in as `unknown` for the rest.
 */
function checkWith(
  schema: DefSchema,
  def: { [key: string]: unknown },
  at: string,
  fail: (path: string, reason: string) => never,
): void {
  const copy = inlineObjectsChecked(def, at, fail)
  const result = schema.safeParse(copy)
  if (!result.success) {
    const issue = result.error.issues[0]
    const path = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('') : ''
    fail(`${at}${path}`, issue?.message ?? 'invalid definition')
  }
}

function inlineObjectsChecked(node: unknown, at: string, fail: (path: string, reason: string) => never): unknown {
  if (Array.isArray(node)) return node.map((n, i) => inlineObjectsChecked(n, `${at}[${i}]`, fail))
  if (!isPlainObject(node)) return node
  const out: { [key: string]: unknown } = {}
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' && isPlainObject(child)) {
      const props: { [key: string]: unknown } = {}
      for (const [name, prop] of Object.entries(child)) {
        const path = `${at}.properties.${name}`
        if (isPlainObject(prop) && prop.type === 'object') {
          checkWith(lexObject, prop, path, fail)
          props[name] = { type: 'unknown' }
        } else {
          props[name] = inlineObjectsChecked(prop, path, fail)
        }
      }
      out[key] = props
    } else {
      out[key] = inlineObjectsChecked(child, `${at}.${key}`, fail)
    }
  }
  return out
}

/**
 * Reads every `*.json` under `dir` (sorted, so output is deterministic).
 * @throws LexiconLoadError for unreadable JSON, a bad document, a duplicate id or an id
 *   that does not match the file's path
 */
export function readLexiconDir(dir: string, root = dir): LoadedDoc[] {
  const files = listJson(dir)
  return files.map((path) => {
    const file = relative(process.cwd(), path) || path
    let value: unknown
    try {
      value = JSON.parse(readFileSync(path, 'utf8'))
    } catch (err) {
      throw new LexiconLoadError(file, '$', `not valid JSON (${(err as Error).message})`)
    }
    const doc = checkDoc(value, file)
    const expected = `${relative(root, path)
      .replace(/\.json$/, '')
      .split(/[\\/]/)
      .join('.')}`
    if (expected !== doc.id) {
      throw new LexiconLoadError(file, '$.id', `"${doc.id}" does not match the file's path (expected "${expected}")`)
    }
    return { file, doc }
  })
}

function listJson(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listJson(path))
    else if (entry.name.endsWith('.json')) out.push(path)
  }
  return out
}

/** A definition found by reference: its document, its name and the definition itself. */
export interface ResolvedDef {
  readonly nsid: string
  readonly name: string
  readonly def: LexUserType
}

/** All loaded documents, with reference resolution. */
export class Registry {
  readonly docs = new Map<string, LoadedDoc>()

  constructor(docs: readonly LoadedDoc[]) {
    for (const loaded of docs) {
      const prior = this.docs.get(loaded.doc.id)
      if (prior) throw new LexiconLoadError(loaded.file, '$.id', `"${loaded.doc.id}" is also defined in ${prior.file}`)
      this.docs.set(loaded.doc.id, loaded)
    }
    for (const loaded of docs) this.checkRefs(loaded)
  }

  /** Splits a reference (`#def`, `nsid`, `nsid#def`) made from document `from` into nsid and def name. */
  static split(ref: string, from: string): { nsid: string; name: string } {
    const hash = ref.indexOf('#')
    if (hash === -1) return { nsid: ref, name: 'main' }
    return { nsid: hash === 0 ? from : ref.slice(0, hash), name: ref.slice(hash + 1) }
  }

  /** Resolves a reference, or undefined when it names nothing. */
  resolve(ref: string, from: string): ResolvedDef | undefined {
    const { nsid, name } = Registry.split(ref, from)
    const def = this.docs.get(nsid)?.doc.defs[name]
    return def ? { nsid, name, def } : undefined
  }

  private checkRefs({ file, doc }: LoadedDoc): void {
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => {
          visit(n, `${path}[${i}]`)
        })
        return
      }
      if (!isPlainObject(node)) return
      if (node.type === 'ref' && typeof node.ref === 'string') this.checkRef(node.ref, doc.id, file, `${path}.ref`)
      if (node.type === 'union' && Array.isArray(node.refs)) {
        node.refs.forEach((r, i) => {
          if (typeof r === 'string') this.checkRef(r, doc.id, file, `${path}.refs[${i}]`, true)
        })
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${path}.${key}`)
    }
    visit(doc.defs, '$.defs')
  }

  private checkRef(ref: string, from: string, file: string, path: string, inUnion = false): void {
    const target = this.resolve(ref, from)
    if (!target) throw new LexiconLoadError(file, path, `reference "${ref}" does not name any loaded definition`)
    if (PRIMARY_TYPES.has(target.def.type) && target.def.type !== 'record') {
      throw new LexiconLoadError(
        file,
        path,
        `reference "${ref}" names a ${target.def.type}, which cannot be referenced`,
      )
    }
    if (inUnion && target.def.type !== 'object' && target.def.type !== 'record') {
      throw new LexiconLoadError(file, path, `union member "${ref}" must be an object, not a ${target.def.type}`)
    }
  }
}

function isPlainObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
