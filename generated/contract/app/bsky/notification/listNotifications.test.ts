/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/listNotifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/listNotifications.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ],
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
      "notifications": []
    }
  },
  "invalidOutput": {}
})
