/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/temp/addReservedHandle.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/temp/addReservedHandle.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "handle": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"handle\"",
      {}
    ],
    [
      "with \"handle\" of the wrong type",
      {
        "handle": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
