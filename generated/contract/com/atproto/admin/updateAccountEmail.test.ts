/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/updateAccountEmail.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/updateAccountEmail.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "account": "alice.example.com",
      "email": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"account\"",
      {
        "email": "a"
      }
    ],
    [
      "without the required \"email\"",
      {
        "account": "alice.example.com"
      }
    ],
    [
      "with \"account\" of the wrong type",
      {
        "account": 12345,
        "email": "a"
      }
    ],
    [
      "with \"email\" of the wrong type",
      {
        "account": "alice.example.com",
        "email": 12345
      }
    ]
  ]
})
