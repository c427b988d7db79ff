/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/muteConvo.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/muteConvo.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "convoId": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"convoId\"",
      {}
    ],
    [
      "with \"convoId\" of the wrong type",
      {
        "convoId": 12345
      }
    ]
  ],
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
