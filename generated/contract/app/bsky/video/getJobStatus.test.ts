/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/getJobStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/getJobStatus.js'
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
      "jobStatus": {
        "jobId": "a",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "state": "JOB_STATE_CREATED"
      }
    }
  },
  "invalidOutput": {}
})
