/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/reassignQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/reassignQueue.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "reportId": 0,
      "queueId": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"reportId\"",
      {
        "queueId": 0
      }
    ],
    [
      "without the required \"queueId\"",
      {
        "reportId": 0
      }
    ],
    [
      "with \"reportId\" of the wrong type",
      {
        "reportId": "a string where it does not belong",
        "queueId": 0
      }
    ],
    [
      "with \"queueId\" of the wrong type",
      {
        "reportId": 0,
        "queueId": "a string where it does not belong"
      }
    ],
    [
      "with \"comment\" of the wrong type",
      {
        "reportId": 0,
        "queueId": 0,
        "comment": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "report": {
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
  },
  "invalidOutput": {}
})
