/**
 * AppView preferences (`app.bsky.actor.getPreferences` / `putPreferences`), held by the PDS
 * per account, with the reference's rules: only `app.bsky.*` types; the personal details
 * (birth date) only with a full session; the declared-age preference is derived from the
 * birth date on read and never stored.
 *
 * @module
 */
import type { Database } from '#src/db/database.js'

/** The namespace whose preferences this PDS holds. */
export const PREFERENCE_NAMESPACE = 'app.bsky'
const PERSONAL_DETAILS = 'app.bsky.actor.defs#personalDetailsPref'
const DECLARED_AGE = 'app.bsky.actor.defs#declaredAgePref'

/** A preference object: any JSON object with a `$type`. */
export type Preference = { $type: string; [key: string]: unknown }

/** A put the rules refuse; the message says why. */
export class PreferenceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreferenceError'
  }
}

/** Whether the caller holds a full session (not an app password): it may see and set personal details. */
export interface PreferenceAccess {
  fullAccess: boolean
}

const inNamespace = (type: string) => type === PREFERENCE_NAMESPACE || type.startsWith(`${PREFERENCE_NAMESPACE}.`)
const allowed = (type: string, access: PreferenceAccess) => access.fullAccess || type !== PERSONAL_DETAILS

/**
 * The preferences of `did`, in the order they were put, plus the declared-age preference
 * when a birth date is known.
 *
 * @example
 * const preferences = await getPreferences(ctx.db, did, { fullAccess: true })
 */
export async function getPreferences(db: Database, did: string, access: PreferenceAccess): Promise<Preference[]> {
  const rows = await db
    .selectFrom('accountPref')
    .select('valueJson')
    .where('did', '=', did)
    .orderBy('position')
    .execute()
  const prefs = rows.map((row) => JSON.parse(row.valueJson) as Preference).filter((p) => inNamespace(p.$type))
  const details = prefs.find((p) => p.$type === PERSONAL_DETAILS)
  if (typeof details?.birthDate === 'string') {
    const age = ageOn(details.birthDate, new Date())
    if (age !== undefined) {
      prefs.push({ $type: DECLARED_AGE, isOverAge13: age >= 13, isOverAge16: age >= 16, isOverAge18: age >= 18 })
    }
  }
  return prefs.filter((p) => allowed(p.$type, access))
}

/**
 * Replaces the preferences of `did` with `values` in one transaction. Personal details
 * the caller may not see are kept; the derived declared-age preference is dropped.
 * Throws {@link PreferenceError} and changes nothing when a value breaks a rule.
 */
export async function putPreferences(
  db: Database,
  did: string,
  values: readonly unknown[],
  access: PreferenceAccess,
): Promise<void> {
  const prefs = values.map(checkPreference)
  const outside = prefs.filter((p) => !inNamespace(p.$type))
  if (outside.length > 0) throw new PreferenceError(`Some preferences are not in the ${PREFERENCE_NAMESPACE} namespace`)
  const forbidden = prefs.filter((p) => !allowed(p.$type, access))
  if (forbidden.length > 0) {
    throw new PreferenceError(`Not allowed to set these preferences: ${forbidden.map((p) => p.$type).join(', ')}`)
  }
  const stored = prefs.filter((p) => p.$type !== DECLARED_AGE)
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('accountPref').select(['position', 'name']).where('did', '=', did).execute()
    const replaced = existing.filter((row) => inNamespace(row.name) && allowed(row.name, access)).map((r) => r.position)
    if (replaced.length > 0) {
      await trx.deleteFrom('accountPref').where('did', '=', did).where('position', 'in', replaced).execute()
    }
    const start = existing.reduce((max, row) => Math.max(max, row.position), -1) + 1
    if (stored.length > 0) {
      await trx
        .insertInto('accountPref')
        .values(stored.map((p, i) => ({ did, position: start + i, name: p.$type, valueJson: JSON.stringify(p) })))
        .execute()
    }
  })
}

function checkPreference(value: unknown): Preference {
  const type = (value as { $type?: unknown } | null)?.$type
  if (typeof value !== 'object' || value === null || typeof type !== 'string' || type.length === 0) {
    throw new PreferenceError('Preference is missing a $type')
  }
  return value as Preference
}

/** Whole years from `birthDate` to `today`, or undefined for an unreadable date. */
export function ageOn(birthDate: string, today: Date): number | undefined {
  const birth = new Date(birthDate)
  if (Number.isNaN(birth.getTime())) return undefined
  let age = today.getUTCFullYear() - birth.getUTCFullYear()
  const months = today.getUTCMonth() - birth.getUTCMonth()
  if (months < 0 || (months === 0 && today.getUTCDate() < birth.getUTCDate())) age--
  return age
}
