/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/putPreferences.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/putPreferences.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "preferences": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"preferences\"",
      {}
    ],
    [
      "with \"preferences\" of the wrong type",
      {
        "preferences": "a string where it does not belong"
      }
    ]
  ]
})
