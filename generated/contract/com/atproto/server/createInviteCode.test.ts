/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createInviteCode.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/createInviteCode.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "useCount": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"useCount\"",
      {}
    ],
    [
      "with \"useCount\" of the wrong type",
      {
        "useCount": "a string where it does not belong"
      }
    ],
    [
      "with \"forAccount\" of the wrong type",
      {
        "useCount": 0,
        "forAccount": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "code": "a"
    }
  },
  "invalidOutput": {}
})
