/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/resetPassword.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/resetPassword.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "token": "a",
      "password": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"token\"",
      {
        "password": "a"
      }
    ],
    [
      "without the required \"password\"",
      {
        "token": "a"
      }
    ],
    [
      "with \"token\" of the wrong type",
      {
        "token": 12345,
        "password": "a"
      }
    ],
    [
      "with \"password\" of the wrong type",
      {
        "token": "a",
        "password": 12345
      }
    ]
  ]
})
