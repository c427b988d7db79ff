/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getConvo.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/getConvo.js'
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
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "convo": {
        "id": "a",
        "rev": "a",
        "members": [],
        "muted": true,
        "unreadCount": 0
      }
    }
  },
  "invalidOutput": {}
})
