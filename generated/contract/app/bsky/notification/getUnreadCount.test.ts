/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/getUnreadCount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/getUnreadCount.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"priority\" of the wrong type or format",
      {
        "priority": "maybe"
      }
    ],
    [
      "with \"seenAt\" of the wrong type or format",
      {
        "seenAt": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "count": 0
    }
  },
  "invalidOutput": {}
})
