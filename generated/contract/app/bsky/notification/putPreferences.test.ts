/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/putPreferences.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/putPreferences.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "priority": true
    }
  },
  "invalidInputs": [
    [
      "without the required \"priority\"",
      {}
    ],
    [
      "with \"priority\" of the wrong type",
      {
        "priority": "a string where it does not belong"
      }
    ]
  ]
})
