/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/updateSeen.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/updateSeen.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "seenAt": "2024-01-02T03:04:05.678Z"
    }
  },
  "invalidInputs": [
    [
      "without the required \"seenAt\"",
      {}
    ],
    [
      "with \"seenAt\" of the wrong type",
      {
        "seenAt": 12345
      }
    ]
  ]
})
