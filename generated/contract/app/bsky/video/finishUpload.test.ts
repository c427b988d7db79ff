/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/finishUpload.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/finishUpload.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "jobId": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"jobId\"",
      {}
    ],
    [
      "with \"jobId\" of the wrong type",
      {
        "jobId": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "completedJobId": "a",
      "jobStatus": {
        "jobId": "a",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "state": "JOB_STATE_CREATED"
      }
    }
  },
  "invalidOutput": {}
})
