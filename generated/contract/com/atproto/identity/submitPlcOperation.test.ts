/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/submitPlcOperation.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/submitPlcOperation.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "operation": {}
    }
  },
  "invalidInputs": [
    [
      "without the required \"operation\"",
      {}
    ],
    [
      "with \"operation\" of the wrong type",
      {
        "operation": "a string where it does not belong"
      }
    ]
  ]
})
