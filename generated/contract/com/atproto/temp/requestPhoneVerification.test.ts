/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/temp/requestPhoneVerification.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/temp/requestPhoneVerification.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "phoneNumber": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"phoneNumber\"",
      {}
    ],
    [
      "with \"phoneNumber\" of the wrong type",
      {
        "phoneNumber": 12345
      }
    ]
  ]
})
