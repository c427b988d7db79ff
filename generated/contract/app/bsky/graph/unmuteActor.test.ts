/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/unmuteActor.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/unmuteActor.js'
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
    ]
  ]
})
