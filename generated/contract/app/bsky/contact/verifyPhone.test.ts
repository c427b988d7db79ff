/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/verifyPhone.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/contact/verifyPhone.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "phone": "a",
      "code": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"phone\"",
      {
        "code": "a"
      }
    ],
    [
      "without the required \"code\"",
      {
        "phone": "a"
      }
    ],
    [
      "with \"phone\" of the wrong type",
      {
        "phone": 12345,
        "code": "a"
      }
    ],
    [
      "with \"code\" of the wrong type",
      {
        "phone": "a",
        "code": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "token": "a"
    }
  },
  "invalidOutput": {}
})
