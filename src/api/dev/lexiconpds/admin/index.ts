import { getAuditLog } from './getAuditLog.js'
import { getServerStatus } from './getServerStatus.js'
import { requestCrawl } from './requestCrawl.js'

/** Our own admin methods (dev.lexiconpds.admin.*), by NSID. */
export const lexiconPdsAdminHandlers = {
  'dev.lexiconpds.admin.getAuditLog': getAuditLog,
  'dev.lexiconpds.admin.getServerStatus': getServerStatus,
  'dev.lexiconpds.admin.requestCrawl': requestCrawl,
} as const
