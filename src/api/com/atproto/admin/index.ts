import { deleteAccount } from './deleteAccount.js'
import { disableAccountInvites } from './disableAccountInvites.js'
import { disableInviteCodes } from './disableInviteCodes.js'
import { enableAccountInvites } from './enableAccountInvites.js'
import { getAccountInfo } from './getAccountInfo.js'
import { getAccountInfos } from './getAccountInfos.js'
import { getInviteCodes } from './getInviteCodes.js'
import { getSubjectStatus } from './getSubjectStatus.js'
import { searchAccounts } from './searchAccounts.js'
import { sendEmail } from './sendEmail.js'
import { updateAccountEmail } from './updateAccountEmail.js'
import { updateAccountHandle } from './updateAccountHandle.js'
import { updateAccountPassword } from './updateAccountPassword.js'
import { updateAccountSigningKey } from './updateAccountSigningKey.js'
import { updateSubjectStatus } from './updateSubjectStatus.js'

/** The com.atproto.admin.* handlers, by NSID. */
export const adminHandlers = {
  'com.atproto.admin.deleteAccount': deleteAccount,
  'com.atproto.admin.disableAccountInvites': disableAccountInvites,
  'com.atproto.admin.disableInviteCodes': disableInviteCodes,
  'com.atproto.admin.enableAccountInvites': enableAccountInvites,
  'com.atproto.admin.getAccountInfo': getAccountInfo,
  'com.atproto.admin.getAccountInfos': getAccountInfos,
  'com.atproto.admin.getInviteCodes': getInviteCodes,
  'com.atproto.admin.getSubjectStatus': getSubjectStatus,
  'com.atproto.admin.searchAccounts': searchAccounts,
  'com.atproto.admin.sendEmail': sendEmail,
  'com.atproto.admin.updateAccountEmail': updateAccountEmail,
  'com.atproto.admin.updateAccountHandle': updateAccountHandle,
  'com.atproto.admin.updateAccountPassword': updateAccountPassword,
  'com.atproto.admin.updateAccountSigningKey': updateAccountSigningKey,
  'com.atproto.admin.updateSubjectStatus': updateSubjectStatus,
} as const
