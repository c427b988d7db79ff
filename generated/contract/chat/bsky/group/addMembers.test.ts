/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/addMembers.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/addMembers.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "convoId": "a",
      "members": [
        "did:plc:abcdefghijklmnopqrstuvwx"
      ]
    }
  },
  "invalidInputs": [
    [
      "without the required \"convoId\"",
      {
        "members": [
          "did:plc:abcdefghijklmnopqrstuvwx"
        ]
      }
    ],
    [
      "without the required \"members\"",
      {
        "convoId": "a"
      }
    ],
    [
      "with \"convoId\" of the wrong type",
      {
        "convoId": 12345,
        "members": [
          "did:plc:abcdefghijklmnopqrstuvwx"
        ]
      }
    ],
    [
      "with \"members\" of the wrong type",
      {
        "convoId": "a",
        "members": "a string where it does not belong"
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
