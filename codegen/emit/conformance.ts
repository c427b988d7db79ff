/**
 * @module
 * Writes the conformance cases (codegen/conformance.ts) as data, one JSON file per Lexicon doc:
 * `generated/conformance/<nsid path>.json`, for every query, procedure and record type. The
 * runner (conformance/) sends them to a live PDS.
 */
import { CaseBuilder } from '../conformance.js'
import type { Registry } from '../load.js'
import { nsidPath } from '../names.js'

/** The conformance case files by path. */
export function emitConformanceCases(
  registry: Registry,
  methods: readonly string[],
  collections: readonly { nsid: string }[],
  source: (file: string) => string[],
): Map<string, string> {
  const builder = new CaseBuilder(registry)
  const files = new Map<string, string>()
  const write = (nsid: string, data: object) => {
    const banner = source(`lexicons/${nsidPath(nsid)}.json`).join(' ')
    files.set(`conformance/${nsidPath(nsid)}.json`, `${JSON.stringify({ $comment: banner, ...data }, null, 1)}\n`)
  }
  for (const nsid of methods) {
    const cases = builder.method(nsid)
    if (cases) write(nsid, cases)
  }
  for (const { nsid } of collections) write(nsid, builder.record(nsid))
  return files
}
