/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/checkAccountStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/checkAccountStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "activated": true,
      "validDid": true,
      "repoCommit": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
      "repoRev": "a",
      "repoBlocks": 0,
      "indexedRecords": 0,
      "privateStateValues": 0,
      "expectedBlobs": 0,
      "importedBlobs": 0
    }
  },
  "invalidOutput": {}
})
