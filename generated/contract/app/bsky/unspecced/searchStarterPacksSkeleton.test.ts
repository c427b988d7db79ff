/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/unspecced/searchStarterPacksSkeleton.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/unspecced/searchStarterPacksSkeleton.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "q": "a"
  },
  "invalidParams": [
    [
      "without the required \"q\"",
      {}
    ],
    [
      "with \"viewer\" of the wrong type or format",
      {
        "q": "a",
        "viewer": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "q": "a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "starterPacks": []
    }
  },
  "invalidOutput": {}
})
