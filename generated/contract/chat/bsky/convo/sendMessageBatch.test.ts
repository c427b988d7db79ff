/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/sendMessageBatch.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/sendMessageBatch.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "items": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"items\"",
      {}
    ],
    [
      "with \"items\" of the wrong type",
      {
        "items": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "items": []
    }
  },
  "invalidOutput": {}
})
