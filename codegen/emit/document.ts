/**
 * @module
 * One document's module: `generated/lexicons/<nsid path>.ts`, holding the types,
 * checks and (for methods) handler types and xrpc-server description of every
 * definition in the document.
 */
import type { LexiconDoc } from '@atproto/lexicon'
import { lit } from '../names.js'
import { type FileSpec, jsDoc } from '../ts.js'
import type { DocContext } from './context.js'
import { emitFieldDef, emitObjectDef, emitRecordDef, emitTokenDef } from './defs.js'
import type { FieldDef } from './type.js'
import { emitMethodDef, type MethodDef } from './xrpc.js'

/** Prints a whole document module. */
export function emitDocument(doc: LexiconDoc, ctx: DocContext, banner: readonly string[]): FileSpec {
  const statements: string[] = [`${jsDoc(doc.description)}export const id = ${lit(doc.id)}`]
  for (const [name, rawDef] of Object.entries(doc.defs)) {
    const def = rawDef as unknown as FieldDef
    switch (def.type) {
      case 'query':
      case 'procedure':
      case 'subscription':
        statements.push(...emitMethodDef(def as unknown as MethodDef, ctx))
        break
      case 'record':
        statements.push(...emitRecordDef(def, ctx))
        break
      case 'object':
        statements.push(...emitObjectDef(name, def, ctx))
        break
      case 'token':
        statements.push(...emitTokenDef(name, def, ctx))
        break
      case 'permission-set':
        statements.push(
          `${jsDoc(def.description ?? 'A permission set.')}export const PERMISSION_SET = ${JSON.stringify(def, null, 2)} as const`,
        )
        break
      default:
        statements.push(...emitFieldDef(name, def, ctx))
    }
  }
  const runtime = ctx.relative('runtime/index.ts')
  return {
    banner,
    imports: [{ from: runtime, namespace: 'rt' }, ...ctx.imports()],
    statements,
  }
}
