/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/updateEmail.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/updateEmail.js'
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
    ],
    [
      "with \"emailAuthFactor\" of the wrong type",
      {
        "email": "a",
        "emailAuthFactor": "a string where it does not belong"
      }
    ],
    [
      "with \"token\" of the wrong type",
      {
        "email": "a",
        "token": 12345
      }
    ]
  ]
})
