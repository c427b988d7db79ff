/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/updateAllRead.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/updateAllRead.js'
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
      "with \"status\" of the wrong type",
      {
        "status": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "updatedCount": 0
    }
  },
  "invalidOutput": {}
})
