import { getBlob } from './getBlob.js'
import { getBlocks } from './getBlocks.js'
import { getLatestCommit } from './getLatestCommit.js'
import { getRecord } from './getRecord.js'
import { getRepo } from './getRepo.js'
import { getRepoStatus } from './getRepoStatus.js'
import { listBlobs } from './listBlobs.js'
import { listRepos } from './listRepos.js'
import { subscribeRepos } from './subscribeRepos.js'

/** The com.atproto.sync.* handlers this engine serves, by NSID. */
export const syncHandlers = {
  'com.atproto.sync.getBlob': getBlob,
  'com.atproto.sync.getBlocks': getBlocks,
  'com.atproto.sync.getLatestCommit': getLatestCommit,
  'com.atproto.sync.getRecord': getRecord,
  'com.atproto.sync.getRepo': getRepo,
  'com.atproto.sync.getRepoStatus': getRepoStatus,
  'com.atproto.sync.listBlobs': listBlobs,
  'com.atproto.sync.listRepos': listRepos,
  'com.atproto.sync.subscribeRepos': subscribeRepos,
} as const
