/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/routeReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/routeReports.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "startReportId": 0,
      "endReportId": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"startReportId\"",
      {
        "endReportId": 0
      }
    ],
    [
      "without the required \"endReportId\"",
      {
        "startReportId": 0
      }
    ],
    [
      "with \"startReportId\" of the wrong type",
      {
        "startReportId": "a string where it does not belong",
        "endReportId": 0
      }
    ],
    [
      "with \"endReportId\" of the wrong type",
      {
        "startReportId": 0,
        "endReportId": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "assigned": 0,
      "unmatched": 0
    }
  },
  "invalidOutput": {}
})
