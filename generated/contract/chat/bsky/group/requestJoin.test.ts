/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/requestJoin.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/requestJoin.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "code": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"code\"",
      {}
    ],
    [
      "with \"code\" of the wrong type",
      {
        "code": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "status": "joined"
    }
  },
  "invalidOutput": {}
})
