/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/describeRepo.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/describeRepo.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "repo": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"repo\"",
      {}
    ],
    [
      "with \"repo\" of the wrong type or format",
      {
        "repo": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "handle": "alice.example.com",
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "didDoc": {},
      "collections": [],
      "handleIsCorrect": true
    }
  },
  "invalidOutput": {}
})
