import { getPreferences } from './getPreferences.js'
import { putPreferences } from './putPreferences.js'

/** The app.bsky.actor.* handlers served here (the rest are proxied to the AppView), by NSID. */
export const actorHandlers = {
  'app.bsky.actor.getPreferences': getPreferences,
  'app.bsky.actor.putPreferences': putPreferences,
} as const
