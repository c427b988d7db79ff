/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/putActivitySubscription.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/putActivitySubscription.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subject": "did:plc:abcdefghijklmnopqrstuvwx",
      "activitySubscription": {
        "post": true,
        "reply": true
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"subject\"",
      {
        "activitySubscription": {
          "post": true,
          "reply": true
        }
      }
    ],
    [
      "without the required \"activitySubscription\"",
      {
        "subject": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "subject": 12345,
        "activitySubscription": {
          "post": true,
          "reply": true
        }
      }
    ],
    [
      "with \"activitySubscription\" of the wrong type",
      {
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "activitySubscription": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "subject": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidOutput": {}
})
