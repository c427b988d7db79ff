/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/revokeAppPassword.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/revokeAppPassword.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "name": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"name\"",
      {}
    ],
    [
      "with \"name\" of the wrong type",
      {
        "name": 12345
      }
    ]
  ]
})
