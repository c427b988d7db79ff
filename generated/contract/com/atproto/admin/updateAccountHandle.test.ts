/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/updateAccountHandle.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/updateAccountHandle.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "handle": "alice.example.com"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {
        "handle": "alice.example.com"
      }
    ],
    [
      "without the required \"handle\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345,
        "handle": "alice.example.com"
      }
    ],
    [
      "with \"handle\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": 12345
      }
    ]
  ]
})
