import { resolveHandle } from './resolveHandle.js'

/** The com.atproto.identity.* handlers, by NSID. */
export const identityHandlers = {
  'com.atproto.identity.resolveHandle': resolveHandle,
} as const
