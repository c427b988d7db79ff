import { refreshIdentity } from './refreshIdentity.js'
import { resolveDid } from './resolveDid.js'
import { resolveHandle } from './resolveHandle.js'
import { resolveIdentity } from './resolveIdentity.js'
import { updateHandle } from './updateHandle.js'

/** The com.atproto.identity.* handlers, by NSID. */
export const identityHandlers = {
  'com.atproto.identity.refreshIdentity': refreshIdentity,
  'com.atproto.identity.resolveDid': resolveDid,
  'com.atproto.identity.resolveHandle': resolveHandle,
  'com.atproto.identity.resolveIdentity': resolveIdentity,
  'com.atproto.identity.updateHandle': updateHandle,
} as const
