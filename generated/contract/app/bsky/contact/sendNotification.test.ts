/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/sendNotification.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/contact/sendNotification.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "from": "did:plc:abcdefghijklmnopqrstuvwx",
      "to": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"from\"",
      {
        "to": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"to\"",
      {
        "from": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"from\" of the wrong type",
      {
        "from": 12345,
        "to": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"to\" of the wrong type",
      {
        "from": "did:plc:abcdefghijklmnopqrstuvwx",
        "to": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
