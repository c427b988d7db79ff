/**
 * @module
 * The typed client SDK: `generated/client/index.ts` (namespaces by NSID, e.g.
 * `client.com.atproto.repo.createRecord(input)`) and `generated/client/errors.ts`
 * (one error class per declared Lexicon error name).
 */
import type { Registry } from '../load.js'
import { lit, nsidAlias, nsidPath, pascal, propKey } from '../names.js'
import { type FileSpec, jsDoc } from '../ts.js'

interface Leaf {
  doc: string
  leaf: string
}

interface Tree {
  [segment: string]: Tree | Leaf
}

function isLeaf(value: Tree | Leaf): value is Leaf {
  return typeof (value as Leaf).leaf === 'string'
}

/** Client files by path. */
export function emitClient(
  registry: Registry,
  methods: readonly string[],
  banner: readonly string[],
): Map<string, FileSpec> {
  const tree: Tree = {}
  const errorNames = new Set<string>()
  const imports = new Set<string>()
  for (const nsid of methods) {
    const def = registry.docs.get(nsid)?.doc.defs.main as {
      type: string
      description?: string
      parameters?: { required?: string[]; properties?: object }
      input?: { encoding: string; schema?: unknown }
      output?: { encoding: string; schema?: unknown }
      errors?: { name: string }[]
    }
    if (def.type === 'subscription') continue
    for (const e of def.errors ?? []) errorNames.add(e.name)
    imports.add(nsid)
    const m = nsidAlias(nsid)
    const out = def.output
      ? def.output.schema && def.output.encoding === 'application/json'
        ? `${m}.OutputSchema`
        : 'Uint8Array'
      : 'undefined'
    const paramsRequired = (def.parameters?.required?.length ?? 0) > 0
    let leaf: string
    if (def.type === 'query') {
      leaf = `(params${paramsRequired ? '' : '?'}: ${m}.QueryParams, opts?: rt.CallOptions) =>\n  x.query<${out}>(${lit(nsid)}, params, opts)`
    } else if (def.input) {
      const input =
        def.input.schema && def.input.encoding === 'application/json'
          ? `${m}.InputSchema`
          : 'Uint8Array | Blob | ReadableStream'
      // @NOTE a wildcard encoding (`*/*`, `image/*`) is no MIME type to send: the caller names one
      const encoding =
        def.input.schema || def.input.encoding.includes('*')
          ? 'opts'
          : `{ encoding: ${lit(def.input.encoding)}, ...opts }`
      leaf = `(input: ${input}, opts?: rt.CallOptions<${m}.QueryParams>) =>\n  x.procedure<${out}>(${lit(nsid)}, input, ${encoding})`
    } else {
      leaf = `(opts?: rt.CallOptions<${m}.QueryParams>) =>\n  x.procedure<${out}>(${lit(nsid)}, undefined, opts)`
    }
    let node = tree
    const parts = nsid.split('.')
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {}
      node = node[part] as Tree
    }
    node[parts[parts.length - 1] as string] = { doc: jsDoc(def.description), leaf }
  }
  const print = (node: Tree, depth: number): string => {
    const pad = '  '.repeat(depth)
    return Object.keys(node)
      .sort()
      .map((key) => {
        const value = node[key] as Tree | Leaf
        if (isLeaf(value)) {
          const doc = value.doc ? `${pad}${value.doc.trimEnd().split('\n').join(`\n${pad}`)}\n` : ''
          const body = value.leaf
            .split('\n')
            .map((l, i) => (i === 0 ? l : `${pad}${l}`))
            .join('\n')
          return `${doc}${pad}${propKey(key)}: ${body},`
        }
        return `${pad}${propKey(key)}: {\n${print(value, depth + 1)}\n${pad}},`
      })
      .join('\n')
  }
  const names = [...errorNames].sort()
  const errors: FileSpec = {
    banner,
    imports: [{ from: '../runtime/client.js', names: ['XrpcClientError', 'type ErrorClasses'] }],
    statements: [
      ...names.map(
        (name) =>
          `/** The \`${name}\` error a method declares in its Lexicon. */\nexport class ${pascal(name)}Error extends XrpcClientError {\n  override name = ${lit(`${pascal(name)}Error`)}\n}`,
      ),
      `/** Error classes by Lexicon error name. */\nexport const ERROR_CLASSES: ErrorClasses = {\n${names.map((n) => `  ${propKey(n)}: ${pascal(n)}Error,`).join('\n')}\n}`,
    ],
  }
  const client: FileSpec = {
    banner,
    imports: [
      { from: '../runtime/client.js', namespace: 'rt' },
      { from: './errors.js', names: ['ERROR_CLASSES'] },
      ...[...imports]
        .sort()
        .map((nsid) => ({ from: `../lexicons/${nsidPath(nsid)}.js`, namespace: nsidAlias(nsid), typeOnly: true })),
    ],
    statements: [
      `export * from './errors.js'\nexport { XrpcClientError, type CallOptions, type ClientOptions, type XrpcResponse } from '../runtime/client.js'`,
      [
        `/**`,
        ` * A typed XRPC client for every query and procedure, namespaced by NSID.`,
        ` * @example`,
        ` *   const client = createClient({ service: 'http://localhost:2583' })`,
        ` *   const { data } = await client.com.atproto.server.describeServer()`,
        ` */`,
        `export function createClient(options: rt.ClientOptions) {`,
        `  const x = new rt.XrpcClient(options, ERROR_CLASSES)`,
        `  return {`,
        `    /** the underlying transport (base URL, headers) */`,
        `    xrpc: x,`,
        `    /** sets (or removes, with undefined) a header sent with every call */`,
        `    setHeader: (name: string, value: string | undefined) => x.setHeader(name, value),`,
        print(tree, 2),
        `  }`,
        `}`,
      ].join('\n'),
      `/** The client createClient returns. */\nexport type Client = ReturnType<typeof createClient>`,
    ],
  }
  return new Map([
    ['client/index.ts', client],
    ['client/errors.ts', errors],
  ])
}
