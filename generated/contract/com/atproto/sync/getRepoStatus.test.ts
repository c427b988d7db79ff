/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/getRepoStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/getRepoStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "did": "did:plc:abcdefghijklmnopqrstuvwx"
  },
  "invalidParams": [
    [
      "without the required \"did\"",
      {}
    ],
    [
      "with \"did\" of the wrong type or format",
      {
        "did": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "active": true
    }
  },
  "invalidOutput": {}
})
