/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/createActivity.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/createActivity.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "activity": {
        "$type": "tools.ozone.report.defs#queueActivity"
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"activity\"",
      {}
    ],
    [
      "with \"reportId\" of the wrong type",
      {
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "reportId": "a string where it does not belong"
      }
    ],
    [
      "with \"eventId\" of the wrong type",
      {
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "eventId": "a string where it does not belong"
      }
    ],
    [
      "with \"activity\" of the wrong type",
      {
        "activity": "a string where it does not belong"
      }
    ],
    [
      "with \"internalNote\" of the wrong type",
      {
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "internalNote": 12345
      }
    ],
    [
      "with \"publicNote\" of the wrong type",
      {
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "publicNote": 12345
      }
    ],
    [
      "with \"isAutomated\" of the wrong type",
      {
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "isAutomated": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "activity": {
        "id": 0,
        "reportId": 0,
        "activity": {
          "$type": "tools.ozone.report.defs#queueActivity"
        },
        "isAutomated": true,
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    }
  },
  "invalidOutput": {}
})
