import type { Handler, Links } from '#generated/lexicons/com/atproto/server/describeServer.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'

/** What it takes to create an account here, and the service's DID, policies and contact. */
export const describeServer: Handler<AppContext, AuthResult> = ({ ctx }) => {
  const { config } = ctx
  const links: Links = {}
  if (config.privacyPolicyUrl) links.privacyPolicy = config.privacyPolicyUrl
  if (config.termsOfServiceUrl) links.termsOfService = config.termsOfServiceUrl
  return {
    encoding: 'application/json',
    body: {
      did: config.serviceDid,
      availableUserDomains: [...config.serviceHandleDomains],
      inviteCodeRequired: config.inviteRequired,
      phoneVerificationRequired: false,
      blobUploadLimit: config.blobUploadLimit,
      links,
      contact: config.contactEmailAddress ? { email: config.contactEmailAddress } : {},
    },
  }
}
