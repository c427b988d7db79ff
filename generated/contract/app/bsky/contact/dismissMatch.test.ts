/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/dismissMatch.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/contact/dismissMatch.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subject": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"subject\"",
      {}
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "subject": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
