/**
 * @module
 * Where a saved CPU profile's time goes by layer of the request path: each sample is charged
 * to the nearest frame on its stack that belongs to a layer (a folder of src/, generated/, or a
 * package the request passes: express, cors, xrpc-server, etag...), so a layer's share is its
 * self time plus what the libraries and node internals it calls spent (self + children), and
 * a middleware is not charged for the rest of the chain it calls `next()` into. Samples with
 * no such frame (node's HTTP parsing and socket work, or work whose async caller V8 lost) are
 * grouped by what they ran.
 *
 * @example
 *   npx tsx bench/profile.ts --save /tmp/reads.cpuprofile    # prints the read window's bounds
 *   npx tsx bench/profile-layers.ts /tmp/reads.cpuprofile 351949226 360035369
 *   npx tsx bench/profile.ts --writes-only --save /tmp/w.cpuprofile && npx tsx bench/profile-layers.ts /tmp/w.cpuprofile
 */
import { readFileSync } from 'node:fs'

interface CallFrame {
  functionName: string
  url: string
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
interface Profile {
  startTime: number
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const PACKAGES = new Set(['cors', 'etag', 'pino', 'sonic-boom', 'fast-redact', '@atproto/xrpc-server', 'raw-body'])

/** The layer a frame belongs to, or undefined for a library or node internal (charged to its caller). */
function layerOf({ functionName, url }: CallFrame): string | undefined {
  if (functionName === '(idle)') return 'idle'
  if (functionName === '(garbage collector)') return 'garbage collector'
  if (functionName === '(program)') return 'program'
  const own = url.includes('node_modules/') ? null : url.match(/\/(src|generated)\/(.*)$/)
  if (own) {
    const [, root, path = ''] = own
    if (root === 'generated') return 'generated (params, input and output checks)'
    if (path.startsWith('api/')) return path === 'api/well-known.ts' ? 'src/api/well-known.ts' : 'src/api (handlers)'
    const dir = path.split('/')[0] ?? path
    return `src/${dir}`
  }
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/)
  if (!pkg) return undefined
  const [, name = '', file = ''] = pkg
  if (name === 'express') return file.includes('response') ? 'express res.json/send' : 'express router, init, query'
  if (name === 'body-parser' || name === 'raw-body') return 'body parsing'
  return PACKAGES.has(name) ? name : undefined
}

/** What a sample with no layer on its stack ran, from its leaf frame. */
function leafGroup({ functionName, url }: CallFrame): string {
  if (/@noble/.test(url)) return 'signing (@noble; async caller lost)'
  if (/@atproto\/(repo|lex-cbor|lex-data|common)|multiformats|cborg|@ipld/.test(url)) {
    return 'repo libraries: MST, CBOR, CIDs (async caller lost)'
  }
  if (/kysely|better-sqlite3/.test(url)) return 'database driver (async caller lost)'
  if (functionName === 'writev' || functionName === 'writeUtf8String' || functionName === 'writeBuffer') {
    return 'node: socket writes'
  }
  return 'node: HTTP parsing, events, microtasks'
}

const [file, from, to] = process.argv.slice(2)
if (!file) throw new Error('usage: npx tsx bench/profile-layers.ts FILE.cpuprofile [start end]')
const start = from === undefined ? Number.NEGATIVE_INFINITY : Number(from)
const end = to === undefined ? Number.POSITIVE_INFINITY : Number(to)
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
const parents = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
const labels = new Map<number, string>()
const labelOf = (leaf: number): string => {
  const known = labels.get(leaf)
  if (known !== undefined) return known
  let label: string | undefined
  for (let id: number | undefined = leaf; id !== undefined && label === undefined; id = parents.get(id)) {
    label = layerOf((nodes.get(id) as ProfileNode).callFrame)
  }
  label ??= leafGroup((nodes.get(leaf) as ProfileNode).callFrame)
  labels.set(leaf, label)
  return label
}
const time = new Map<string, number>()
let at = profile.startTime
let busy = 0
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0
  at += delta
  if (at < start || at > end) return
  const label = labelOf(id)
  time.set(label, (time.get(label) ?? 0) + delta)
  if (label !== 'idle') busy += delta
})
console.log(`busy ${(busy / 1000).toFixed(0)} ms (idle ${((time.get('idle') ?? 0) / 1000).toFixed(0)} ms left out)\n`)
console.log('| layer (self + children) | share of busy |\n| --- | --- |')
for (const [label, t] of [...time].sort((a, b) => b[1] - a[1])) {
  if (label !== 'idle' && t / busy >= 0.003) console.log(`| ${label} | ${((t / busy) * 100).toFixed(1)}% |`)
}
