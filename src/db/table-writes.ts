/**
 * Which tables a process has written, told once the write is committed: what lets a cache
 * of rows (the account lookup of the read path) stay exact within the process without every
 * writer having to remember to evict it. Seen at the driver: every query Kysely runs, with
 * its connection, so a write inside a transaction is told when that transaction commits
 * (and forgotten when it rolls back), and one outside a transaction once it has run.
 *
 * @NOTE raw SQL (`sql\`update ...\``) is not seen: only Kysely's insert, update, delete and
 * merge builders name their table in the query tree. Other processes' writes are not seen
 * either: a cache shared by several processes (PostgreSQL) must also expire.
 * @module
 */
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  OperationNode,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely'

/** Listeners of committed writes, by table (snake_case, as in SQL). */
export class TableWrites {
  readonly #listeners = new Map<string, Set<() => void>>()

  /**
   * Calls `listener` after each committed write to `table` (and also just before the
   * commit of a transaction that wrote it, so a read racing the commit cannot be taken for
   * fresh). Returns the function that stops it.
   *
   * @example
   * const stop = writes.watch('account', () => cache.clear())
   */
  watch(table: string, listener: () => void): () => void {
    let set = this.#listeners.get(table)
    if (!set) {
      set = new Set()
      this.#listeners.set(table, set)
    }
    set.add(listener)
    return () => set.delete(listener)
  }

  /** Whether anyone watches `table` (the driver skips the rest for other tables). */
  watched(table: string): boolean {
    return (this.#listeners.get(table)?.size ?? 0) > 0
  }

  /** Tells the listeners of `tables`. */
  notify(tables: Iterable<string>): void {
    for (const table of tables) for (const listener of this.#listeners.get(table) ?? []) listener()
  }

  /**
   * `dialect` with its driver reporting committed writes to this object.
   *
   * @example
   * const writes = new TableWrites()
   * const db = new Kysely({ dialect: writes.wrap(new SqliteDialect({ database })) })
   */
  wrap(dialect: Dialect): Dialect {
    return {
      createAdapter: () => dialect.createAdapter(),
      createIntrospector: (db) => dialect.createIntrospector(db),
      createQueryCompiler: () => dialect.createQueryCompiler(),
      createDriver: () => new WatchingDriver(dialect.createDriver(), this),
    }
  }
}

/** A connection as Kysely holds it: the driver's own, plus what its open transaction wrote. */
class WatchedConnection implements DatabaseConnection {
  /** Set while a transaction is open on this connection. */
  written: Set<string> | undefined

  constructor(
    readonly inner: DatabaseConnection,
    private readonly writes: TableWrites,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const tables = this.#watchedTargets(compiledQuery.query)
    if (tables.length === 0) return this.inner.executeQuery<R>(compiledQuery)
    // @NOTE told before the statement too: a reader in this process that overlaps it must not keep what it read
    this.writes.notify(tables)
    try {
      return await this.inner.executeQuery<R>(compiledQuery)
    } finally {
      if (this.written) for (const table of tables) this.written.add(table)
      else this.writes.notify(tables)
    }
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiledQuery, chunkSize)
  }

  #watchedTargets(node: OperationNode | undefined): string[] {
    const tables: string[] = []
    for (const table of targetTables(node)) if (this.writes.watched(table)) tables.push(table)
    return tables
  }
}

class WatchingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly writes: TableWrites,
  ) {}

  init(): Promise<void> {
    return this.inner.init()
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new WatchedConnection(await this.inner.acquireConnection(), this.writes)
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const watched = connection as WatchedConnection
    await this.inner.beginTransaction(watched.inner, settings)
    watched.written = new Set()
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const watched = connection as WatchedConnection
    const written = watched.written ?? new Set<string>()
    watched.written = undefined
    this.writes.notify(written)
    try {
      await this.inner.commitTransaction(watched.inner)
    } finally {
      this.writes.notify(written)
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const watched = connection as WatchedConnection
    watched.written = undefined
    await this.inner.rollbackTransaction(watched.inner)
  }

  // @NOTE savepoints (group commit, src/db/group-commit.ts) stay inside the transaction: a
  // write rolled back to one is still told at the commit, which errs on the side of telling
  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#savepointCommand('savepoint', connection, name, compile)
  }

  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.#savepointCommand('rollbackToSavepoint', connection, name, compile)
  }

  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    return this.#savepointCommand('releaseSavepoint', connection, name, compile)
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection((connection as WatchedConnection).inner)
  }

  destroy(): Promise<void> {
    return this.inner.destroy()
  }

  async #savepointCommand(
    command: 'savepoint' | 'rollbackToSavepoint' | 'releaseSavepoint',
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler['compileQuery'],
  ): Promise<void> {
    const run = this.inner[command]
    if (!run) throw new Error(`The \`${command}\` method is not supported by this driver`)
    await run.call(this.inner, (connection as WatchedConnection).inner, name, compile)
  }
}

/** The tables an insert, update, delete or merge writes (none for anything else). */
function targetTables(node: OperationNode | undefined): string[] {
  if (!node) return []
  const query = node as OperationNode & { into?: OperationNode; table?: OperationNode; from?: OperationNode }
  switch (node.kind) {
    case 'InsertQueryNode':
    case 'MergeQueryNode':
      return tableNames(query.into)
    case 'UpdateQueryNode':
      return tableNames(query.table)
    case 'DeleteQueryNode':
      return tableNames(query.from)
    default:
      return []
  }
}

/** Table names under a target node: a table, an alias of one, a FROM list, a join. */
function tableNames(node: OperationNode | undefined): string[] {
  if (!node) return []
  const n = node as OperationNode & {
    table?: { identifier?: { name?: string } } | OperationNode
    node?: OperationNode
    froms?: readonly OperationNode[]
  }
  switch (node.kind) {
    case 'TableNode': {
      const name = (n.table as { identifier?: { name?: string } } | undefined)?.identifier?.name
      return name === undefined ? [] : [name]
    }
    case 'AliasNode':
      return tableNames(n.node)
    case 'FromNode':
      return (n.froms ?? []).flatMap(tableNames)
    case 'JoinNode':
      return tableNames(n.table as OperationNode | undefined)
    default:
      return []
  }
}
