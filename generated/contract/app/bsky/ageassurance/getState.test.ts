/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/ageassurance/getState.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/ageassurance/getState.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "countryCode": "a"
  },
  "invalidParams": [
    [
      "without the required \"countryCode\"",
      {}
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "state": {
        "status": "unknown",
        "access": "unknown"
      },
      "metadata": {}
    }
  },
  "invalidOutput": {}
})
