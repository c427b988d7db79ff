/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/updateAccountSigningKey.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/updateAccountSigningKey.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "signingKey": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {
        "signingKey": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"signingKey\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345,
        "signingKey": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"signingKey\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "signingKey": 12345
      }
    ]
  ]
})
