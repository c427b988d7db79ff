/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/video/uploadVideo.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/video/uploadVideo.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "video/mp4",
    "body": null
  },
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
