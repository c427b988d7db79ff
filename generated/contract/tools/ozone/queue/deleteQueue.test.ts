/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/deleteQueue.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/deleteQueue.js'
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
      "with \"migrateToQueueId\" of the wrong type",
      {
        "queueId": 0,
        "migrateToQueueId": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "deleted": true
    }
  },
  "invalidOutput": {}
})
