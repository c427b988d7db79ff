/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/listActivities.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/listActivities.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "reportId": "0"
  },
  "invalidParams": [
    [
      "without the required \"reportId\"",
      {}
    ],
    [
      "with \"reportId\" of the wrong type or format",
      {
        "reportId": "not-a-number"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "reportId": "0",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "activities": []
    }
  },
  "invalidOutput": {}
})
