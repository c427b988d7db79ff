/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/muteActor.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/muteActor.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "actor": "alice.example.com"
    }
  },
  "invalidInputs": [
    [
      "without the required \"actor\"",
      {}
    ],
    [
      "with \"actor\" of the wrong type",
      {
        "actor": 12345
      }
    ],
    [
      "with \"onlyReposts\" of the wrong type",
      {
        "actor": "alice.example.com",
        "onlyReposts": "a string where it does not belong"
      }
    ],
    [
      "with \"onlyQuoteposts\" of the wrong type",
      {
        "actor": "alice.example.com",
        "onlyQuoteposts": "a string where it does not belong"
      }
    ]
  ]
})
