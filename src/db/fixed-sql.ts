/**
 * Statements written once as SQL text for the hottest paths (every commit runs a dozen),
 * run through Kysely's connection, so inside the caller's transaction, without building,
 * transforming and compiling a query tree per call.
 *
 * @NOTE measured on the write path: Kysely's builders, CamelCasePlugin's transform and the
 * compiler cost more CPU per statement than SQLite spends running it. Results still pass
 * through the plugins, so selected snake_case columns come back camelCased.
 * @module
 */
import { CompiledQuery, type QueryResult } from 'kysely'
import type { Database } from './database.js'

export type SqlDialect = 'sqlite' | 'postgres'

/**
 * One statement with `?` placeholders (numbered `$1, $2...` for PostgreSQL once, here).
 *
 * @example
 * const ROOT = new FixedSql('update repo_root set cid = ?, rev = ? where did = ?')
 * await ROOT.run(trx, 'sqlite', [cid, rev, did])
 */
export class FixedSql {
  readonly #sqlite: string
  readonly #postgres: string

  constructor(text: string) {
    this.#sqlite = text
    let n = 0
    this.#postgres = text.replace(/\?/g, () => `$${++n}`)
  }

  run<R = Record<string, unknown>>(
    db: Database,
    dialect: SqlDialect,
    params: readonly unknown[],
  ): Promise<QueryResult<R>> {
    const text = dialect === 'postgres' ? this.#postgres : this.#sqlite
    return db.executeQuery<R>(CompiledQuery.raw(text, params as unknown[]))
  }
}

// @NOTE chunks of the write path stay small (a commit's blocks, a batch's records); larger
// counts are built per call rather than kept
const KEEP_UP_TO = 64

/**
 * A statement whose text depends on a count: `n` rows of VALUES, or an IN list of `n`.
 * Texts for small counts are kept.
 *
 * @example
 * const DELETE = new FixedSqlByCount((n) => `delete from record where uri in (${placeholders(n)})`)
 * await DELETE.run(trx, 'postgres', uris)
 */
export class FixedSqlByCount {
  readonly #kept = new Map<number, FixedSql>()
  constructor(readonly build: (n: number) => string) {}

  get(n: number): FixedSql {
    const kept = this.#kept.get(n)
    if (kept) return kept
    const made = new FixedSql(this.build(n))
    if (n <= KEEP_UP_TO) this.#kept.set(n, made)
    return made
  }

  /** Runs the text for `n` with `params`. */
  run<R = Record<string, unknown>>(
    db: Database,
    dialect: SqlDialect,
    n: number,
    params: readonly unknown[],
  ): Promise<QueryResult<R>> {
    return this.get(n).run<R>(db, dialect, params)
  }
}

/** `?, ?, ?` for `n` values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ')
}

/** `(?, ?), (?, ?)` for `rows` rows of `columns` values. */
export function valueRows(rows: number, columns: number): string {
  const row = `(${placeholders(columns)})`
  return Array.from({ length: rows }, () => row).join(', ')
}
