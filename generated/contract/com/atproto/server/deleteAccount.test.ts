/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/deleteAccount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/deleteAccount.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "password": "a",
      "token": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {
        "password": "a",
        "token": "a"
      }
    ],
    [
      "without the required \"password\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "token": "a"
      }
    ],
    [
      "without the required \"token\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "password": "a"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345,
        "password": "a",
        "token": "a"
      }
    ],
    [
      "with \"password\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "password": 12345,
        "token": "a"
      }
    ],
    [
      "with \"token\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "password": "a",
        "token": 12345
      }
    ]
  ]
})
