/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/assignModerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/assignModerator.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "queueId": 0,
      "did": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"queueId\"",
      {
        "did": "a"
      }
    ],
    [
      "without the required \"did\"",
      {
        "queueId": 0
      }
    ],
    [
      "with \"queueId\" of the wrong type",
      {
        "queueId": "a string where it does not belong",
        "did": "a"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "queueId": 0,
        "did": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "queue": {
        "id": 0,
        "name": "a",
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "updatedAt": "2024-01-02T03:04:05.678Z",
        "enabled": true,
        "stats": {}
      },
      "startAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
