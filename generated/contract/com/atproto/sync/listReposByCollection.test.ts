/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/listReposByCollection.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/listReposByCollection.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "collection": "com.example.record"
  },
  "invalidParams": [
    [
      "without the required \"collection\"",
      {}
    ],
    [
      "with \"collection\" of the wrong type or format",
      {
        "collection": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "collection": "com.example.record",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "repos": []
    }
  },
  "invalidOutput": {}
})
