/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/createGroup.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/createGroup.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "members": [],
      "name": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"members\"",
      {
        "name": "a"
      }
    ],
    [
      "without the required \"name\"",
      {
        "members": []
      }
    ],
    [
      "with \"members\" of the wrong type",
      {
        "members": "a string where it does not belong",
        "name": "a"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "members": [],
        "name": 12345
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
