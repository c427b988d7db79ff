import { activateAccount } from './activateAccount.js'
import { checkAccountStatus } from './checkAccountStatus.js'
import { confirmEmail } from './confirmEmail.js'
import { createAccount } from './createAccount.js'
import { createAppPassword } from './createAppPassword.js'
import { createInviteCode } from './createInviteCode.js'
import { createInviteCodes } from './createInviteCodes.js'
import { createSession } from './createSession.js'
import { deactivateAccount } from './deactivateAccount.js'
import { deleteAccount } from './deleteAccount.js'
import { deleteSession } from './deleteSession.js'
import { describeServer } from './describeServer.js'
import { getAccountInviteCodes } from './getAccountInviteCodes.js'
import { getServiceAuth } from './getServiceAuth.js'
import { getSession } from './getSession.js'
import { listAppPasswords } from './listAppPasswords.js'
import { refreshSession } from './refreshSession.js'
import { requestAccountDelete } from './requestAccountDelete.js'
import { requestEmailConfirmation } from './requestEmailConfirmation.js'
import { requestEmailUpdate } from './requestEmailUpdate.js'
import { requestPasswordReset } from './requestPasswordReset.js'
import { reserveSigningKey } from './reserveSigningKey.js'
import { resetPassword } from './resetPassword.js'
import { revokeAppPassword } from './revokeAppPassword.js'
import { updateEmail } from './updateEmail.js'

/** The com.atproto.server.* handlers, by NSID. */
export const serverHandlers = {
  'com.atproto.server.createAccount': createAccount,
  'com.atproto.server.createInviteCode': createInviteCode,
  'com.atproto.server.createInviteCodes': createInviteCodes,
  'com.atproto.server.createSession': createSession,
  'com.atproto.server.deleteSession': deleteSession,
  'com.atproto.server.describeServer': describeServer,
  'com.atproto.server.getAccountInviteCodes': getAccountInviteCodes,
  'com.atproto.server.getServiceAuth': getServiceAuth,
  'com.atproto.server.getSession': getSession,
  'com.atproto.server.refreshSession': refreshSession,
  'com.atproto.server.createAppPassword': createAppPassword,
  'com.atproto.server.listAppPasswords': listAppPasswords,
  'com.atproto.server.revokeAppPassword': revokeAppPassword,
  'com.atproto.server.activateAccount': activateAccount,
  'com.atproto.server.checkAccountStatus': checkAccountStatus,
  'com.atproto.server.deactivateAccount': deactivateAccount,
  'com.atproto.server.deleteAccount': deleteAccount,
  'com.atproto.server.confirmEmail': confirmEmail,
  'com.atproto.server.requestEmailConfirmation': requestEmailConfirmation,
  'com.atproto.server.requestEmailUpdate': requestEmailUpdate,
  'com.atproto.server.updateEmail': updateEmail,
  'com.atproto.server.requestPasswordReset': requestPasswordReset,
  'com.atproto.server.reserveSigningKey': reserveSigningKey,
  'com.atproto.server.resetPassword': resetPassword,
  'com.atproto.server.requestAccountDelete': requestAccountDelete,
} as const
