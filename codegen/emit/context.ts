/**
 * @module
 * What every emitter needs while printing one document's module: how to name and
 * import a referenced definition, and facts about definitions across documents.
 */
import { posix } from 'node:path'
import type { LexUserType } from '@atproto/lexicon'
import type { Registry, ResolvedDef } from '../load.js'
import { defTypeName, nsidAlias, nsidPath } from '../names.js'
import type { ImportSpec } from '../ts.js'

/** A reference as the module being printed sees it. */
export interface RefTarget extends ResolvedDef {
  /** the TypeScript type, e.g. `AppBskyFeedDefs.PostView` or `ReplyRef` */
  readonly type: string
  /** the check function, e.g. `AppBskyFeedDefs.checkPostView` */
  readonly check: string
  /** the `$type` value that names it in a union, e.g. `app.bsky.feed.defs#postView` */
  readonly typeId: string
}

/** Per-document emission state. */
export class DocContext {
  private readonly imported = new Map<string, string>()

  constructor(
    readonly registry: Registry,
    readonly facts: Facts,
    readonly nsid: string,
    /** the module's path inside the output folder, e.g. `lexicons/app/bsky/feed/post.ts` */
    readonly modulePath: string = `lexicons/${nsidPath(nsid)}.ts`,
  ) {}

  /** Resolves a reference and records the import it needs. */
  ref(ref: string): RefTarget {
    const target = this.registry.resolve(ref, this.nsid)
    if (!target) throw new Error(`unresolved reference ${ref} in ${this.nsid}`) // load.ts already rejected these
    const name = defTypeName(target.name, target.def.type)
    const typeId = target.name === 'main' ? target.nsid : `${target.nsid}#${target.name}`
    if (target.nsid === this.nsid) return { ...target, type: name, check: `check${name}`, typeId }
    const alias = this.importDoc(target.nsid)
    return { ...target, type: `${alias}.${name}`, check: `${alias}.check${name}`, typeId }
  }

  /** The alias under which another document's module is imported here. */
  importDoc(nsid: string): string {
    let alias = this.imported.get(nsid)
    if (!alias) {
      alias = nsidAlias(nsid)
      this.imported.set(nsid, alias)
    }
    return alias
  }

  /** A path from this module to another file of the output folder, `./`-relative, with `.js`. */
  relative(target: string): string {
    const rel = posix.relative(posix.dirname(this.modulePath), target).replace(/\.ts$/, '.js')
    return rel.startsWith('.') ? rel : `./${rel}`
  }

  /** The import lines for every document referenced so far. */
  imports(): ImportSpec[] {
    return [...this.imported].map(([nsid, alias]) => ({
      from: this.relative(`lexicons/${nsidPath(nsid)}.ts`),
      namespace: alias,
    }))
  }
}

/**
 * Facts about definitions that need the whole registry, computed once per run.
 * "May change" means validation can return a different value than it was given
 * (a default was filled in somewhere inside), which the caller must then keep.
 */
export class Facts {
  private readonly changes = new Map<string, boolean>()

  constructor(private readonly registry: Registry) {}

  /** Whether validating a value of `def` (found in document `nsid`) may return a new value. */
  mayChange(def: LexUserType | { type: string }, nsid: string): boolean {
    switch (def.type) {
      case 'boolean':
      case 'integer':
      case 'string':
        return false // a default applies to the containing object's property, not here
      case 'object':
      case 'params':
        return this.objectMayChange(def as ObjectLike, nsid)
      case 'record':
        return this.objectMayChange((def as { record: ObjectLike }).record, nsid)
      case 'ref':
        return this.refMayChange((def as unknown as { ref: string }).ref, nsid)
      case 'union':
        return (def as unknown as { refs: string[] }).refs.some((r) => this.refMayChange(r, nsid))
      default:
        return false // arrays return their input as is, like @atproto/lexicon
    }
  }

  private refMayChange(ref: string, from: string): boolean {
    const target = this.registry.resolve(ref, from)
    if (!target) return false
    const key = `${target.nsid}#${target.name}`
    const known = this.changes.get(key)
    if (known !== undefined) return known
    this.changes.set(key, false) // @NOTE provisional answer breaks cycles (a def that refers to itself)
    const answer = this.mayChange(target.def, target.nsid)
    this.changes.set(key, answer)
    return answer
  }

  private objectMayChange(def: ObjectLike, nsid: string): boolean {
    for (const prop of Object.values(def.properties ?? {})) {
      if ('default' in prop && prop.default !== undefined) return true
      if (this.mayChange(prop, nsid)) return true
    }
    return false
  }
}

interface ObjectLike {
  properties?: Record<string, { type: string; default?: unknown }>
}
