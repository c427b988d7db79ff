/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/unassignModerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/unassignModerator.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "reportId": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"reportId\"",
      {}
    ],
    [
      "with \"reportId\" of the wrong type",
      {
        "reportId": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "reportId": 0,
      "startAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
