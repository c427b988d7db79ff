/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/getUploadStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/getUploadStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "jobId": "a"
  },
  "invalidParams": [
    [
      "without the required \"jobId\"",
      {}
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "jobId": "a",
      "partSizeBytes": 0,
      "partCount": 0,
      "receivedParts": [],
      "expiresAt": "2024-01-02T03:04:05.678Z",
      "state": "created"
    }
  },
  "invalidOutput": {}
})
