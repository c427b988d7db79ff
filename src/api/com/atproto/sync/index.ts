import { getBlocks } from './getBlocks.js'
import { getLatestCommit } from './getLatestCommit.js'
import { getRecord } from './getRecord.js'
import { getRepo } from './getRepo.js'
import { getRepoStatus } from './getRepoStatus.js'
import { listRepos } from './listRepos.js'

/** The com.atproto.sync.* handlers this engine serves (subscribeRepos comes with the firehose), by NSID. */
export const syncHandlers = {
  'com.atproto.sync.getBlocks': getBlocks,
  'com.atproto.sync.getLatestCommit': getLatestCommit,
  'com.atproto.sync.getRecord': getRecord,
  'com.atproto.sync.getRepo': getRepo,
  'com.atproto.sync.getRepoStatus': getRepoStatus,
  'com.atproto.sync.listRepos': listRepos,
} as const
