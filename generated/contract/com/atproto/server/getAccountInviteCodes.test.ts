/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/getAccountInviteCodes.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/getAccountInviteCodes.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"includeUsed\" of the wrong type or format",
      {
        "includeUsed": "maybe"
      }
    ],
    [
      "with \"createAvailable\" of the wrong type or format",
      {
        "createAvailable": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "codes": []
    }
  },
  "invalidOutput": {}
})
