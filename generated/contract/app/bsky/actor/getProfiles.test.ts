/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/getProfiles.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/getProfiles.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "actors": [
      "alice.example.com"
    ]
  },
  "invalidParams": [
    [
      "without the required \"actors\"",
      {}
    ],
    [
      "with \"actors\" of the wrong type or format",
      {
        "actors": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "profiles": []
    }
  },
  "invalidOutput": {}
})
