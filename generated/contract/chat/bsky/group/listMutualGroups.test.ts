/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/listMutualGroups.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/listMutualGroups.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "subject": "did:plc:abcdefghijklmnopqrstuvwx"
  },
  "invalidParams": [
    [
      "without the required \"subject\"",
      {}
    ],
    [
      "with \"subject\" of the wrong type or format",
      {
        "subject": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "convos": []
    }
  },
  "invalidOutput": {}
})
