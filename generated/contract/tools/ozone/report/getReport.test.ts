/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/getReport.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/getReport.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "id": "0"
  },
  "invalidParams": [
    [
      "without the required \"id\"",
      {}
    ],
    [
      "with \"id\" of the wrong type or format",
      {
        "id": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "eventId": 0,
      "status": "open",
      "subject": {
        "type": "account",
        "subject": "a"
      },
      "reportType": "com.atproto.moderation.defs#reasonSpam",
      "reportedBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "reporter": {
        "type": "account",
        "subject": "a"
      },
      "createdAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
