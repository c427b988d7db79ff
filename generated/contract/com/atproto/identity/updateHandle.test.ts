/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/updateHandle.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/updateHandle.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "handle": "alice.example.com"
    }
  },
  "invalidInputs": [
    [
      "without the required \"handle\"",
      {}
    ],
    [
      "with \"handle\" of the wrong type",
      {
        "handle": 12345
      }
    ]
  ]
})
