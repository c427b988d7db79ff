import { applyWrites } from './applyWrites.js'
import { createRecord } from './createRecord.js'
import { deleteRecord } from './deleteRecord.js'
import { describeRepo } from './describeRepo.js'
import { getRecord } from './getRecord.js'
import { importRepo } from './importRepo.js'
import { listMissingBlobs } from './listMissingBlobs.js'
import { listRecords } from './listRecords.js'
import { putRecord } from './putRecord.js'
import { uploadBlob } from './uploadBlob.js'

/** The com.atproto.repo.* handlers, by NSID. */
export const repoHandlers = {
  'com.atproto.repo.applyWrites': applyWrites,
  'com.atproto.repo.createRecord': createRecord,
  'com.atproto.repo.deleteRecord': deleteRecord,
  'com.atproto.repo.describeRepo': describeRepo,
  'com.atproto.repo.getRecord': getRecord,
  'com.atproto.repo.importRepo': importRepo,
  'com.atproto.repo.listMissingBlobs': listMissingBlobs,
  'com.atproto.repo.listRecords': listRecords,
  'com.atproto.repo.putRecord': putRecord,
  'com.atproto.repo.uploadBlob': uploadBlob,
} as const
