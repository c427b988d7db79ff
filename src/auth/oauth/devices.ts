import type { Database } from '#src/db/database.js'
import { sha256Hex } from './secrets.js'

/** How long a browser stays signed in to an account without typing the password again. */
export const DEVICE_SESSION_TTL_MS = 30 * 24 * 60 * 60_000

/**
 * The accounts signed in on each browser, by its device cookie (kept hashed), for the
 * account chooser and the /account page.
 *
 * @example
 * await devices.remember(deviceId, did)
 * const dids = await devices.accounts(deviceId)
 */
export class DeviceStore {
  constructor(private readonly db: Database) {}

  async remember(deviceId: string, did: string): Promise<void> {
    const now = new Date().toISOString()
    await this.db
      .insertInto('oauthDeviceAccount')
      .values({ deviceId: sha256Hex(deviceId), did, authenticatedAt: now })
      .onConflict((oc) => oc.columns(['deviceId', 'did']).doUpdateSet({ authenticatedAt: now }))
      .execute()
  }

  /** The DIDs signed in on the browser recently, most recent first. */
  async accounts(deviceId: string): Promise<string[]> {
    const since = new Date(Date.now() - DEVICE_SESSION_TTL_MS).toISOString()
    const rows = await this.db
      .selectFrom('oauthDeviceAccount')
      .select('did')
      .where('deviceId', '=', sha256Hex(deviceId))
      .where('authenticatedAt', '>', since)
      .orderBy('authenticatedAt', 'desc')
      .execute()
    return rows.map((r) => r.did)
  }

  async forget(deviceId: string, did: string): Promise<void> {
    await this.db
      .deleteFrom('oauthDeviceAccount')
      .where('deviceId', '=', sha256Hex(deviceId))
      .where('did', '=', did)
      .execute()
  }
}
