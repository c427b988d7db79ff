/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/disableAccountInvites.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/disableAccountInvites.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "account": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"account\"",
      {}
    ],
    [
      "with \"account\" of the wrong type",
      {
        "account": 12345
      }
    ],
    [
      "with \"note\" of the wrong type",
      {
        "account": "did:plc:abcdefghijklmnopqrstuvwx",
        "note": 12345
      }
    ]
  ]
})
