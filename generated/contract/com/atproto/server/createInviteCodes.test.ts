/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createInviteCodes.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/createInviteCodes.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "codeCount": 1,
      "useCount": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"useCount\"",
      {
        "codeCount": 1
      }
    ],
    [
      "with \"codeCount\" of the wrong type",
      {
        "codeCount": "a string where it does not belong",
        "useCount": 0
      }
    ],
    [
      "with \"useCount\" of the wrong type",
      {
        "codeCount": 1,
        "useCount": "a string where it does not belong"
      }
    ],
    [
      "with \"forAccounts\" of the wrong type",
      {
        "codeCount": 1,
        "useCount": 0,
        "forAccounts": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "codes": []
    }
  },
  "invalidOutput": {}
})
