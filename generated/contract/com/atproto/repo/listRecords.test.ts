/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/listRecords.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/listRecords.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "repo": "alice.example.com",
    "collection": "com.example.record"
  },
  "invalidParams": [
    [
      "without the required \"repo\"",
      {
        "collection": "com.example.record"
      }
    ],
    [
      "without the required \"collection\"",
      {
        "repo": "alice.example.com"
      }
    ],
    [
      "with \"repo\" of the wrong type or format",
      {
        "repo": "not valid!",
        "collection": "com.example.record"
      }
    ],
    [
      "with \"collection\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "limit": "not-a-number"
      }
    ],
    [
      "with \"reverse\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "reverse": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "records": []
    }
  },
  "invalidOutput": {}
})
