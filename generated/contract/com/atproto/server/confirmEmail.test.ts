/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/confirmEmail.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/confirmEmail.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "email": "a",
      "token": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"email\"",
      {
        "token": "a"
      }
    ],
    [
      "without the required \"token\"",
      {
        "email": "a"
      }
    ],
    [
      "with \"email\" of the wrong type",
      {
        "email": 12345,
        "token": "a"
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
