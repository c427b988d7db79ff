/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/updateQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/updateQueue.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "queueId": 0
    }
  },
  "invalidInputs": [
    [
      "without the required \"queueId\"",
      {}
    ],
    [
      "with \"queueId\" of the wrong type",
      {
        "queueId": "a string where it does not belong"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "queueId": 0,
        "name": 12345
      }
    ],
    [
      "with \"enabled\" of the wrong type",
      {
        "queueId": 0,
        "enabled": "a string where it does not belong"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "queueId": 0,
        "description": 12345
      }
    ],
    [
      "with \"recommendedPolicies\" of the wrong type",
      {
        "queueId": 0,
        "recommendedPolicies": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "queue": {
        "id": 0,
        "name": "a",
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "updatedAt": "2024-01-02T03:04:05.678Z",
        "enabled": true,
        "stats": {}
      }
    }
  },
  "invalidOutput": {}
})
