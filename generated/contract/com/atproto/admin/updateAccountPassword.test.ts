/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/updateAccountPassword.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/updateAccountPassword.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "password": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {
        "password": "a"
      }
    ],
    [
      "without the required \"password\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345,
        "password": "a"
      }
    ],
    [
      "with \"password\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "password": 12345
      }
    ]
  ]
})
