/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/deleteRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/deleteRecord.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "repo": "alice.example.com",
      "collection": "com.example.record",
      "rkey": "self"
    }
  },
  "invalidInputs": [
    [
      "without the required \"repo\"",
      {
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "without the required \"collection\"",
      {
        "repo": "alice.example.com",
        "rkey": "self"
      }
    ],
    [
      "without the required \"rkey\"",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record"
      }
    ],
    [
      "with \"repo\" of the wrong type",
      {
        "repo": 12345,
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "with \"collection\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": 12345,
        "rkey": "self"
      }
    ],
    [
      "with \"rkey\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": 12345
      }
    ],
    [
      "with \"swapRecord\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "swapRecord": 12345
      }
    ],
    [
      "with \"swapCommit\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "swapCommit": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
