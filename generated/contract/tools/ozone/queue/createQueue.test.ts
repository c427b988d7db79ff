/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/createQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/createQueue.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "name": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"name\"",
      {}
    ],
    [
      "with \"name\" of the wrong type",
      {
        "name": 12345
      }
    ],
    [
      "with \"subjectTypes\" of the wrong type",
      {
        "name": "a",
        "subjectTypes": "a string where it does not belong"
      }
    ],
    [
      "with \"collection\" of the wrong type",
      {
        "name": "a",
        "collection": 12345
      }
    ],
    [
      "with \"reportTypes\" of the wrong type",
      {
        "name": "a",
        "reportTypes": "a string where it does not belong"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "name": "a",
        "description": 12345
      }
    ],
    [
      "with \"recommendedPolicies\" of the wrong type",
      {
        "name": "a",
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
