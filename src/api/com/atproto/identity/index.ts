import { getRecommendedDidCredentials } from './getRecommendedDidCredentials.js'
import { refreshIdentity } from './refreshIdentity.js'
import { requestPlcOperationSignature } from './requestPlcOperationSignature.js'
import { resolveDid } from './resolveDid.js'
import { resolveHandle } from './resolveHandle.js'
import { resolveIdentity } from './resolveIdentity.js'
import { signPlcOperation } from './signPlcOperation.js'
import { submitPlcOperation } from './submitPlcOperation.js'
import { updateHandle } from './updateHandle.js'

/** The com.atproto.identity.* handlers, by NSID. */
export const identityHandlers = {
  'com.atproto.identity.getRecommendedDidCredentials': getRecommendedDidCredentials,
  'com.atproto.identity.refreshIdentity': refreshIdentity,
  'com.atproto.identity.requestPlcOperationSignature': requestPlcOperationSignature,
  'com.atproto.identity.resolveDid': resolveDid,
  'com.atproto.identity.resolveHandle': resolveHandle,
  'com.atproto.identity.resolveIdentity': resolveIdentity,
  'com.atproto.identity.signPlcOperation': signPlcOperation,
  'com.atproto.identity.submitPlcOperation': submitPlcOperation,
  'com.atproto.identity.updateHandle': updateHandle,
} as const
