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
      [
        `/**`,
        ` * What a server does with every method of the Lexicon set: serves it (its handler), or`,
        ` * not (\`rt.proxied(service)\`, \`rt.unserved(reason)\`). Every key is required, so a new`,
        ` * Lexicon method fails type-checking until someone decides.`,
        ` */`,
        `export type MethodMap<C = unknown, A = unknown> = { [K in MethodId]: Handlers<C, A>[K] | rt.NotServed }`,
      ].join('\n'),
      [
        `/** The methods of a {@link MethodMap} that are served: its handlers, without the markers. */`,
        `export type ServedOf<M> = { [K in keyof M as M[K] extends rt.NotServed ? never : K]: M[K] }`,
      ].join('\n'),
      [
        `/** The handlers of \`map\`, without its {@link rt.NotServed} markers. */`,
        `export function servedOf<M extends object>(map: M): ServedOf<M> {`,
        `  return Object.fromEntries(Object.entries(map).filter(([, entry]) => !rt.isNotServed(entry))) as ServedOf<M>`,
        `}`,
      ].join('\n'),
      `/** Every method's description (type, params, input, output, errors), by NSID. */\nexport const methods = {\n${schemas.join('\n')}\n} as const`,
      [
        `/**`,
        ` * Registers the served methods of \`map\` on an xrpc-server Server (its markers are left to`,
        ` * the caller's catch-all); each request is validated against its Lexicon by the generated`,
        ` * checks before the handler runs, and so is its output when the server validates responses.`,
        ` * @example`,
        ` *   registerHandlers(server, appContext, methodMap) // methodMap satisfies MethodMap<AppContext, AuthResult>`,
        ` */`,
        `export function registerHandlers<C, A>(`,
        `  server: Server,`,
        `  appContext: C,`,
        `  map: MethodMap<C, A>,`,
        `  options: rt.AddMethodOptions = {},`,
        `): void {`,
        `  for (const nsid of Object.keys(map) as MethodId[]) {`,
        `    const method = map[nsid]`,
        `    if (rt.isNotServed(method)) continue`,
        `    const schema = methods[nsid]`,
        `    if (!schema) throw new Error(\`No such XRPC method: \${nsid}\`)`,
        `    rt.addMethod(server, schema, appContext, method, options)`,
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
