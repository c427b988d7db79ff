/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/queryReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/queryReports.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "status": "open"
  },
  "invalidParams": [
    [
      "without the required \"status\"",
      {}
    ],
    [
      "with \"queueId\" of the wrong type or format",
      {
        "status": "open",
        "queueId": "not-a-number"
      }
    ],
    [
      "with \"subject\" of the wrong type or format",
      {
        "status": "open",
        "subject": "not valid!"
      }
    ],
    [
      "with \"did\" of the wrong type or format",
      {
        "status": "open",
        "did": "not valid!"
      }
    ],
    [
      "with \"collections\" of the wrong type or format",
      {
        "status": "open",
        "collections": "not valid!"
      }
    ],
    [
      "with \"reportedAfter\" of the wrong type or format",
      {
        "status": "open",
        "reportedAfter": "not valid!"
      }
    ],
    [
      "with \"reportedBefore\" of the wrong type or format",
      {
        "status": "open",
        "reportedBefore": "not valid!"
      }
    ],
    [
      "with \"isMuted\" of the wrong type or format",
      {
        "status": "open",
        "isMuted": "maybe"
      }
    ],
    [
      "with \"assignedTo\" of the wrong type or format",
      {
        "status": "open",
        "assignedTo": "not valid!"
      }
    ],
    [
      "with \"sortField\" of the wrong type or format",
      {
        "status": "open",
        "sortField": "not-one-of-them"
      }
    ],
    [
      "with \"sortDirection\" of the wrong type or format",
      {
        "status": "open",
        "sortDirection": "not-one-of-them"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "status": "open",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "reports": []
    }
  },
  "invalidOutput": {}
})
