/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/resolveHandle.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/resolveHandle.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "handle": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"handle\"",
      {}
    ],
    [
      "with \"handle\" of the wrong type or format",
      {
        "handle": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidOutput": {}
})
