/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/unassignModerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/unassignModerator.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "queueId": 0,
      "did": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"queueId\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
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
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "queueId": 0,
        "did": 12345
      }
    ]
  ]
})
