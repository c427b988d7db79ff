/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/temp/checkHandleAvailability.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/temp/checkHandleAvailability.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "handle": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"handle\"",
      {}
    ],
    [
      "with \"handle\" of the wrong type or format",
      {
        "handle": "not valid!"
      }
    ],
    [
      "with \"birthDate\" of the wrong type or format",
      {
        "handle": "alice.example.com",
        "birthDate": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "handle": "alice.example.com",
      "result": {
        "$type": "com.atproto.temp.checkHandleAvailability#resultAvailable"
      }
    }
  },
  "invalidOutput": {}
})
