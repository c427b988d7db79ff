/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/requestPasswordReset.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/requestPasswordReset.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "email": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"email\"",
      {}
    ],
    [
      "with \"email\" of the wrong type",
      {
        "email": 12345
      }
    ]
  ]
})
