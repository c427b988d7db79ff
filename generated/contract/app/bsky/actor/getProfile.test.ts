/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/getProfile.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/getProfile.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "actor": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"actor\"",
      {}
    ],
    [
      "with \"actor\" of the wrong type or format",
      {
        "actor": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "handle": "alice.example.com"
    }
  }
})
