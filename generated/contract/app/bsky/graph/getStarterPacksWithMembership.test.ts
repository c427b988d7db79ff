/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/getStarterPacksWithMembership.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/getStarterPacksWithMembership.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "actor": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"actor\"",
      {}
    ],
    [
      "with \"actor\" of the wrong type or format",
      {
        "actor": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "actor": "alice.example.com",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "starterPacksWithMembership": []
    }
  },
  "invalidOutput": {}
})
