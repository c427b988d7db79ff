/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/deleteTemplate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/communication/deleteTemplate.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "id": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"id\"",
      {}
    ],
    [
      "with \"id\" of the wrong type",
      {
        "id": 12345
      }
    ]
  ]
})
