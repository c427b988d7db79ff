/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/closeReports.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/closeReports.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subject": "https://example.com/path"
    }
  },
  "invalidInputs": [
    [
      "without the required \"subject\"",
      {}
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "subject": 12345
      }
    ],
    [
      "with \"reportTypes\" of the wrong type",
      {
        "subject": "https://example.com/path",
        "reportTypes": "a string where it does not belong"
      }
    ],
    [
      "with \"internalNote\" of the wrong type",
      {
        "subject": "https://example.com/path",
        "internalNote": 12345
      }
    ],
    [
      "with \"isAutomated\" of the wrong type",
      {
        "subject": "https://example.com/path",
        "isAutomated": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "closedCount": 0,
      "reportIds": []
    }
  },
  "invalidOutput": {}
})
