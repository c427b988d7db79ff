/**
 * Hot queries built and compiled once: Kysely builds a query tree, runs the plugins over it
 * and prints its SQL on every call, which cost more than SQLite takes to run a primary-key
 * read. A prepared query is compiled once per database (per dialect) with stand-ins for its
 * parameters; each call only fills in the values and runs the same SQL, through the same
 * connection handling (so it waits for a transaction in progress like any other query).
 *
 * @module
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely'
import type { Database } from './database.js'

/**
 * A query of parameters `P` returning rows `R`, compiled on first use per database.
 *
 * @NOTE results skip the CamelCasePlugin: name every selected column so its SQL name is
 * already the key wanted (single words, or `as` aliases in camelCase)
 * @example
 * const byUri = prepared((db, p: { uri: string }) => db.selectFrom('record').select('cid').where('uri', '=', p.uri))
 * const rows = await byUri.execute(db, { uri })
 */
export function prepared<P extends Record<string, unknown>, R>(
  build: (db: Database, params: P) => Compilable<R>,
): PreparedQuery<P, R> {
  const compiled = new WeakMap<Database, { raw: Kysely<unknown>; query: CompiledQuery<R>; slots: (keyof P)[] }>()
  const compile = (db: Database) => {
    let entry = compiled.get(db)
    if (entry) return entry
    // @NOTE every parameter gets a unique stand-in, so where each one lands in the SQL can be read back
    const standIns = new Map<unknown, keyof P>()
    const params = new Proxy({} as P, {
      get(_target, name) {
        const standIn = `\u0000prepared:${String(name)}`
        standIns.set(standIn, name as keyof P)
        return standIn
      },
    })
    const query = build(db, params).compile()
    const slots = query.parameters.map((value) => {
      const slot = standIns.get(value)
      if (slot === undefined)
        throw new Error(`A prepared query may only take its values from its parameters: ${query.sql}`)
      return slot
    })
    entry = { raw: db.withoutPlugins() as Kysely<unknown>, query, slots }
    compiled.set(db, entry)
    return entry
  }
  return {
    async execute(db, params) {
      const { raw, query, slots } = compile(db)
      const result = await raw.executeQuery<R>({ ...query, parameters: slots.map((slot) => params[slot]) })
      return result.rows
    },
  }
}

/** See {@link prepared}. */
export interface PreparedQuery<P, R> {
  /** Runs the query on `db` (or a transaction of it) with `params`. */
  execute(db: Database, params: P): Promise<R[]>
}
