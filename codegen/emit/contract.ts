/**
 * @module
 * Contract tests derived from each schema (`generated/contract/<nsid path>.test.ts`):
 * for a method, that a valid request is accepted and its output validated, that each
 * broken parameter or input gets 400 InvalidRequest, that declared errors keep their
 * names, that an output breaking the schema is refused, and that a method without a
 * handler answers 501; for a record type, that a valid record passes and each broken
 * variant fails. The samples come from samples.ts; the shared steps from
 * codegen/contract/harness.ts, copied beside the tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Registry } from '../load.js'
import { nsidPath } from '../names.js'
import { invalidParamSamples, paramSample, Sampler } from '../samples.js'
import { printFile } from '../ts.js'
import type { FieldDef } from './type.js'

const HARNESS = join(import.meta.dirname, '..', 'contract', 'harness.ts')

/** Contract test files by path. */
export function emitContractTests(
  registry: Registry,
  methods: readonly string[],
  collections: readonly { nsid: string }[],
  banner: (source: string) => string[],
): Map<string, string> {
  const sampler = new Sampler(registry)
  const files = new Map<string, string>()
  const json = (value: unknown) => JSON.stringify(value, null, 2)
  for (const nsid of methods) {
    const def = registry.docs.get(nsid)?.doc.defs.main as unknown as FieldDef & {
      type: 'query' | 'procedure' | 'subscription'
      input?: { encoding: string; schema?: FieldDef }
      output?: { encoding: string; schema?: FieldDef }
    }
    const path = `contract/${nsidPath(nsid)}.test.ts`
    const depth = nsid.split('.').length
    const up = '../'.repeat(depth)
    const params = def.parameters as FieldDef | undefined
    let body: string
    if (def.type === 'subscription') {
      body = `contractSubscription(M, ${json({ params: paramSample(sampler, params, nsid) })})`
    } else {
      const input = def.type === 'procedure' && def.input ? inputCase(sampler, def.input, nsid) : undefined
      const invalidInputs =
        def.type === 'procedure' && def.input?.schema?.type === 'object' && def.input.encoding === 'application/json'
          ? sampler.invalidObjects(def.input.schema, nsid)
          : []
      const output = def.output
        ? {
            encoding: def.output.encoding,
            body:
              def.output.schema && def.output.encoding === 'application/json'
                ? sampler.valid(def.output.schema, nsid)
                : null,
          }
        : undefined
      const breaksOutput =
        def.output?.schema?.type === 'object' &&
        def.output.encoding === 'application/json' &&
        (def.output.schema.required?.length ?? 0) > 0
      body = `contractMethod(M, ${json({
        type: def.type,
        params: paramSample(sampler, params, nsid),
        invalidParams: invalidParamSamples(sampler, params, nsid),
        input,
        invalidInputs,
        output,
        invalidOutput: breaksOutput ? {} : undefined,
      })})`
    }
    files.set(
      path,
      printFile({
        banner: banner(`lexicons/${nsidPath(nsid)}.json`),
        imports: [
          { from: `${up}lexicons/${nsidPath(nsid)}.js`, namespace: 'M' },
          {
            from: `${up.slice(3)}harness.js`,
            names: [def.type === 'subscription' ? 'contractSubscription' : 'contractMethod'],
          },
        ],
        statements: [body],
      }),
    )
  }
  for (const { nsid } of collections) {
    const def = registry.docs.get(nsid)?.doc.defs.main as unknown as FieldDef
    const record = def.record as FieldDef
    const depth = nsid.split('.').length
    const up = '../'.repeat(depth)
    const valid = { $type: nsid, ...(sampler.valid(record, nsid) as object) }
    const invalid = sampler
      .invalidObjects(record, nsid)
      .map(([name, value]) => [name, { $type: nsid, ...(value as object) }])
    files.set(
      `contract/${nsidPath(nsid)}.record.test.ts`,
      printFile({
        banner: banner(`lexicons/${nsidPath(nsid)}.json`),
        imports: [
          { from: `${up}lexicons/${nsidPath(nsid)}.js`, namespace: 'M' },
          { from: `${up.slice(3)}harness.js`, names: ['contractRecord'] },
        ],
        statements: [`contractRecord(M, ${json({ valid, invalid })})`],
      }),
    )
  }
  const harness = readFileSync(HARNESS, 'utf8')
  files.set(
    'contract/harness.ts',
    `/**\n${banner('codegen/contract/harness.ts')
      .map((l) => ` * ${l}`)
      .join('\n')}\n */\n${harness}`,
  )
  return files
}

function inputCase(sampler: Sampler, input: { encoding: string; schema?: FieldDef }, nsid: string) {
  if (input.schema && input.encoding === 'application/json') {
    return { encoding: input.encoding, body: sampler.valid(input.schema, nsid) }
  }
  const encoding = input.encoding === '*/*' ? 'application/octet-stream' : input.encoding
  return { encoding, body: null }
}
