/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/requestCrawl.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/requestCrawl.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "hostname": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"hostname\"",
      {}
    ],
    [
      "with \"hostname\" of the wrong type",
      {
        "hostname": 12345
      }
    ]
  ]
})
