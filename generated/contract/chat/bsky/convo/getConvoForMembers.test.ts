/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getConvoForMembers.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/getConvoForMembers.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "members": [
      "did:plc:abcdefghijklmnopqrstuvwx"
    ]
  },
  "invalidParams": [
    [
      "without the required \"members\"",
      {}
    ],
    [
      "with \"members\" of the wrong type or format",
      {
        "members": "not valid!"
      }
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
