/**
 * @module
 * `generated/handlers.ts`: the typed map of every XRPC method to its handler, and
 * the function that registers an application's handlers on @atproto/xrpc-server.
 * A handler of the wrong type for its method fails type-checking in src/.
 */
import { lit, nsidAlias, nsidPath } from '../names.js'
import type { FileSpec } from '../ts.js'

/** The handlers module for the given method NSIDs (sorted by the caller). */
export function emitHandlers(methods: readonly string[], banner: readonly string[]): FileSpec {
  const entries = methods.map((nsid) => `  ${lit(nsid)}: ${nsidAlias(nsid)}.Method<C, A>`)
  const schemas = methods.map((nsid) => `  ${lit(nsid)}: ${nsidAlias(nsid)}.schema,`)
  return {
    banner,
    imports: [
      { from: '@atproto/xrpc-server', names: ['Server'], typeOnly: true },
      { from: './runtime/index.js', namespace: 'rt' },
      ...methods.map((nsid) => ({ from: `./lexicons/${nsidPath(nsid)}.js`, namespace: nsidAlias(nsid) })),
    ],
    statements: [
      `/**\n * Every XRPC method of the Lexicon set, by NSID. \`C\` is the application context\n * handed to each handler as \`ctx\`; \`A\` is what the auth verifiers return.\n */\nexport interface Handlers<C = unknown, A = unknown> {\n${entries.join('\n')}\n}`,
      `/** The NSID of every XRPC method. */\nexport type MethodId = keyof Handlers`,
      `/** Every method's description (type, params, input, output, errors), by NSID. */\nexport const methods = {\n${schemas.join('\n')}\n} as const`,
      [
        `/**`,
        ` * Registers handlers on an xrpc-server Server; each request is validated against its`,
        ` * Lexicon by the generated checks before the handler runs, and so is its output when the`,
        ` * server validates responses.`,
        ` * @example`,
        ` *   registerHandlers(server, appContext, { 'com.atproto.server.describeServer': describeServer })`,
        ` */`,
        `export function registerHandlers<C, A>(server: Server, appContext: C, handlers: Partial<Handlers<C, A>>): void {`,
        `  for (const nsid of Object.keys(handlers) as MethodId[]) {`,
        `    const method = handlers[nsid]`,
        `    if (method === undefined) continue`,
        `    const schema = methods[nsid]`,
        `    if (!schema) throw new Error(\`No such XRPC method: \${nsid}\`)`,
        `    rt.addMethod(server, schema, appContext, method)`,
        `  }`,
        `}`,
      ].join('\n'),
    ],
  }
}

/** `generated/records.ts`: every record collection and its validator, for the repository write path. */
export function emitRecords(
  collections: readonly { nsid: string; key: string }[],
  banner: readonly string[],
): FileSpec {
  const entries = collections.map(
    ({ nsid }) =>
      `  ${lit(nsid)}: { key: ${nsidAlias(nsid)}.RECORD_KEY, validate: ${nsidAlias(nsid)}.validateRecord },`,
  )
  return {
    banner,
    imports: [
      { from: './runtime/index.js', namespace: 'rt' },
      ...collections.map(({ nsid }) => ({ from: `./lexicons/${nsidPath(nsid)}.js`, namespace: nsidAlias(nsid) })),
    ],
    statements: [
      `/** A record collection: its record key type and its validator. */\nexport interface Collection {\n  key: string\n  validate: (value: unknown) => rt.ValidationResult<unknown>\n}`,
      `/** Every record collection of the Lexicon set, by NSID. */\nexport const collections: { readonly [nsid: string]: Collection | undefined } = {\n${entries.join('\n')}\n}`,
    ],
  }
}
