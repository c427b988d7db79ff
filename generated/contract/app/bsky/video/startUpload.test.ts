/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/startUpload.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/startUpload.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "sizeBytes": 1,
      "mimeType": "aaa"
    }
  },
  "invalidInputs": [
    [
      "without the required \"sizeBytes\"",
      {
        "mimeType": "aaa"
      }
    ],
    [
      "without the required \"mimeType\"",
      {
        "sizeBytes": 1
      }
    ],
    [
      "with \"sizeBytes\" of the wrong type",
      {
        "sizeBytes": "a string where it does not belong",
        "mimeType": "aaa"
      }
    ],
    [
      "with \"mimeType\" of the wrong type",
      {
        "sizeBytes": 1,
        "mimeType": 12345
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "sizeBytes": 1,
        "mimeType": "aaa",
        "name": 12345
      }
    ],
    [
      "with \"durationMs\" of the wrong type",
      {
        "sizeBytes": 1,
        "mimeType": "aaa",
        "durationMs": "a string where it does not belong"
      }
    ],
    [
      "with \"width\" of the wrong type",
      {
        "sizeBytes": 1,
        "mimeType": "aaa",
        "width": "a string where it does not belong"
      }
    ],
    [
      "with \"height\" of the wrong type",
      {
        "sizeBytes": 1,
        "mimeType": "aaa",
        "height": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "jobId": "a",
      "partSizeBytes": 0,
      "partCount": 0,
      "expiresAt": "2024-01-02T03:04:05.678Z"
    }
  },
  "invalidOutput": {}
})
