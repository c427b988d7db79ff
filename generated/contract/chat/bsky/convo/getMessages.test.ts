/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getMessages.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/getMessages.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "convoId": "a"
  },
  "invalidParams": [
    [
      "without the required \"convoId\"",
      {}
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "convoId": "a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "messages": []
    }
  },
  "invalidOutput": {}
})
