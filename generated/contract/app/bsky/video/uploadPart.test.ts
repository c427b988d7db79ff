/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/uploadPart.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/uploadPart.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {
    "jobId": "a",
    "partNumber": "1"
  },
  "invalidParams": [
    [
      "without the required \"jobId\"",
      {
        "partNumber": "1"
      }
    ],
    [
      "without the required \"partNumber\"",
      {
        "jobId": "a"
      }
    ],
    [
      "with \"partNumber\" of the wrong type or format",
      {
        "jobId": "a",
        "partNumber": "not-a-number"
      }
    ]
  ],
  "input": {
    "encoding": "application/octet-stream",
    "body": null
  },
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "partNumber": 1,
      "sizeBytes": 0
    }
  },
  "invalidOutput": {}
})
