/**
 * Requests built from Lexicon schemas for the fuzz suite: a plausible value for every schema
 * node, and the mutations of it a hostile client would send.
 *
 * @module
 */
import fs from 'node:fs'
import path from 'node:path'

// biome-ignore lint/suspicious/noExplicitAny: Lexicon JSON, read as data
type Node = any

/** What the samples use for identifiers that must name real things on the server. */
export interface SampleFacts {
  did: string
  handle: string
  cid: string
}

const LEXICONS = path.resolve(import.meta.dirname, '../../lexicons')
const docs = new Map<string, Node>()

/** The Lexicon document of `nsid`, read from `lexicons/`. */
export function lexiconDoc(nsid: string): Node {
  let doc = docs.get(nsid)
  if (doc === undefined) {
    const file = path.join(LEXICONS, `${nsid.split('.').join('/')}.json`)
    doc = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null
    docs.set(nsid, doc)
  }
  return doc
}

function resolveRef(ref: string, base: string): { node: Node; nsid: string; id: string } | undefined {
  const [nsidPart, name = 'main'] = ref.split('#')
  const nsid = nsidPart === '' ? base : (nsidPart as string)
  const node = lexiconDoc(nsid)?.defs?.[name]
  return node ? { node, nsid, id: name === 'main' ? nsid : `${nsid}#${name}` } : undefined
}

/** A plausible string for a Lexicon string schema. */
export function sampleString(node: Node, facts: SampleFacts): string {
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0]
  if (Array.isArray(node.knownValues) && node.knownValues.length > 0) return node.knownValues[0]
  if (node.const !== undefined) return node.const
  switch (node.format) {
    case 'did':
      return facts.did
    case 'handle':
      return facts.handle
    case 'at-identifier':
      return facts.did
    case 'nsid':
      return 'com.example.fuzz'
    case 'cid':
      return facts.cid
    case 'at-uri':
      return `at://${facts.did}/com.example.fuzz/3jzfcijpj2z2a`
    case 'datetime':
      return new Date().toISOString()
    case 'tid':
      return '3jzfcijpj2z2a'
    case 'record-key':
      return 'self'
    case 'uri':
      return 'https://example.com/fuzz'
    case 'language':
      return 'en'
  }
  return 'fuzz'
}

/** A plausible value for any schema node (refs resolved against the doc `base`), `depth` bounded. */
export function sampleValue(node: Node, base: string, facts: SampleFacts, depth = 0): unknown {
  if (!node || depth > 5) return undefined
  switch (node.type) {
    case 'string':
      return sampleString(node, facts)
    case 'integer':
      return node.const ?? node.minimum ?? (node.maximum !== undefined ? Math.min(1, node.maximum) : 1)
    case 'boolean':
      return node.const ?? false
    case 'array': {
      const item = sampleValue(node.items, base, facts, depth + 1)
      return item === undefined ? [] : Array.from({ length: Math.max(1, node.minLength ?? 1) }, () => item)
    }
    case 'object':
    case 'params':
      return sampleObject(node, base, facts, depth)
    case 'ref': {
      const target = resolveRef(node.ref, base)
      if (!target) return undefined
      const value = sampleValue(target.node, target.nsid, facts, depth + 1)
      return value
    }
    case 'union': {
      const first = node.refs?.[0]
      const target = first ? resolveRef(first, base) : undefined
      if (!target) return undefined
      const value = sampleValue(target.node, target.nsid, facts, depth + 1) as Record<string, unknown> | undefined
      return value && typeof value === 'object' ? { $type: target.id, ...value } : value
    }
    case 'record':
      return sampleValue(node.record, base, facts, depth + 1)
    case 'cid-link':
      return { $link: facts.cid }
    case 'bytes':
      return { $bytes: 'AAECAw' }
    case 'unknown':
      return { $type: 'com.example.fuzz', text: 'fuzz' }
    case 'blob':
      return undefined
    case 'token':
      return `${base}#token`
  }
  return undefined
}

function sampleObject(node: Node, base: string, facts: SampleFacts, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const required = new Set<string>(node.required ?? [])
  for (const [key, prop] of Object.entries<Node>(node.properties ?? {})) {
    // @NOTE optional parts only near the top, so samples stay small
    if (!required.has(key) && depth > 1) continue
    const value = sampleValue(prop, base, facts, depth + 1)
    if (value !== undefined) out[key] = value
  }
  return out
}

/** Strings that are not what any identifier format allows, or that break naive code. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  '99999999999999999999',
  'did:plc:',
  'did:web:%2f%2f..',
  'at://',
  '../../etc/passwd',
  'a\u0000b',
  '\uD800',
  '%ff%fe',
  ' '.repeat(3),
  'bafyfoo',
  '-1',
  '1e309',
  'x'.repeat(5_000),
]

/** Values of the wrong JSON type for a schema node. */
export function wrongTypes(node: Node): unknown[] {
  switch (node?.type) {
    case 'string':
      return [12345, true, ['a'], { a: 1 }, null]
    case 'integer':
      return ['abc', 1.5, 2 ** 60, -(2 ** 60), null, [1]]
    case 'boolean':
      return ['true', 1, null]
    case 'array':
      return ['a', { 0: 'a' }, null, 5]
    default:
      return ['a', 5, [], null]
  }
}

/** JSON text of arrays nested `depth` deep. */
export function deepNesting(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`
}
