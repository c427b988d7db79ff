/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/getUnreadCounts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/getUnreadCounts.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"includeGroupChats\" of the wrong type or format",
      {
        "includeGroupChats": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "unreadAcceptedConvos": 0,
      "unreadRequestConvos": 0
    }
  },
  "invalidOutput": {}
})
