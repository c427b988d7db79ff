/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/reserveSigningKey.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/reserveSigningKey.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "signingKey": "a"
    }
  },
  "invalidOutput": {}
})
