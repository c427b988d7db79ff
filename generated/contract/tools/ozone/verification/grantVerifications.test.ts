/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/grantVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/verification/grantVerifications.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "verifications": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"verifications\"",
      {}
    ],
    [
      "with \"verifications\" of the wrong type",
      {
        "verifications": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "verifications": [],
      "failedVerifications": []
    }
  },
  "invalidOutput": {}
})
