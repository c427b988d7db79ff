/**
 * @module
 * The only module that talks to ts-morph. Files are assembled with ts-morph's
 * CodeBlockWriter, which prints without building a syntax tree: that keeps a full
 * regeneration of every Lexicon well under a second of printing.
 */
import { CodeBlockWriter } from 'ts-morph'

/** One `import` line of a generated file. */
export interface ImportSpec {
  readonly from: string
  /** `* as Alias` import */
  readonly namespace?: string
  /** named imports */
  readonly names?: readonly string[]
  readonly typeOnly?: boolean
}

/** A generated TypeScript file: banner, imports and top-level statements (each already printed). */
export interface FileSpec {
  readonly banner: readonly string[]
  readonly imports: readonly ImportSpec[]
  readonly statements: readonly string[]
}

/**
 * Prints a generated file. Imports are sorted by module so the output is stable.
 * @example
 *   printFile({ banner: ['GENERATED'], imports: [{ from: './a.js', names: ['x'] }], statements: ['export const y = x'] })
 */
export function printFile(spec: FileSpec): string {
  const w = new CodeBlockWriter({ indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' })
  w.writeLine('/**')
  for (const line of spec.banner) w.writeLine(line ? ` * ${line}` : ' *')
  w.writeLine(' */')
  const imports = [...spec.imports].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  for (const imp of imports) {
    const kw = imp.typeOnly ? 'import type' : 'import'
    if (imp.namespace) w.writeLine(`${kw} * as ${imp.namespace} from '${imp.from}'`)
    if (imp.names && imp.names.length > 0)
      w.writeLine(`${kw} { ${[...imp.names].sort().join(', ')} } from '${imp.from}'`)
  }
  for (const statement of spec.statements) {
    w.blankLineIfLastNot()
    w.writeLine(statement)
  }
  return w.toString()
}

/** Indents every line of a printed block by `depth` levels of two spaces. */
export function indent(block: string, depth = 1): string {
  const pad = '  '.repeat(depth)
  return block
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n')
}

/** A JSDoc comment for a description, or '' when there is none. */
export function jsDoc(description: string | undefined, extra: readonly string[] = []): string {
  const lines = [...(description ? description.split('\n') : []), ...extra]
  if (lines.length === 0) return ''
  if (lines.length === 1) return `/** ${escapeDoc(lines[0] ?? '')} */\n`
  return `/**\n${lines.map((l) => ` * ${escapeDoc(l)}`).join('\n')}\n */\n`
}

function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/')
}
