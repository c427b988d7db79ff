/**
 * Whether a database error is a unique (or primary key) constraint violation, on either
 * dialect: a lost race for a name another transaction took first.
 *
 * @example
 * try { await db.insertInto('account').values(row).execute() }
 * catch (err) { if (isUniqueViolation(err)) throw new HandleTakenError() ; throw err }
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false
  const code = (err as { code?: unknown }).code
  // @NOTE 23505 is PostgreSQL's unique_violation; better-sqlite3 names the constraint kind
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}
