/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/disableInviteCodes.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/disableInviteCodes.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [
    [
      "with \"codes\" of the wrong type",
      {
        "codes": "a string where it does not belong"
      }
    ],
    [
      "with \"accounts\" of the wrong type",
      {
        "accounts": "a string where it does not belong"
      }
    ]
  ]
})
