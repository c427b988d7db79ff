/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/sendInteractions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/sendInteractions.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "interactions": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"interactions\"",
      {}
    ],
    [
      "with \"feed\" of the wrong type",
      {
        "interactions": [],
        "feed": 12345
      }
    ],
    [
      "with \"interactions\" of the wrong type",
      {
        "interactions": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
