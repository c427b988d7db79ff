/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/dev/lexiconpds/admin/getServerStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/dev/lexiconpds/admin/getServerStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "version": "a",
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "hostname": "a",
      "accounts": {
        "total": 0,
        "active": 0,
        "takendown": 0,
        "deactivated": 0
      },
      "database": {
        "dialect": "sqlite"
      },
      "blobstore": {
        "kind": "disk",
        "location": "a",
        "blobs": 0,
        "bytes": 0
      },
      "firehose": {
        "seq": 0
      },
      "relays": []
    }
  },
  "invalidOutput": {}
})
