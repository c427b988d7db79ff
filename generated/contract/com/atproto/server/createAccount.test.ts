/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createAccount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/createAccount.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "handle": "alice.example.com"
    }
  },
  "invalidInputs": [
    [
      "without the required \"handle\"",
      {}
    ],
    [
      "with \"email\" of the wrong type",
      {
        "handle": "alice.example.com",
        "email": 12345
      }
    ],
    [
      "with \"handle\" of the wrong type",
      {
        "handle": 12345
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "handle": "alice.example.com",
        "did": 12345
      }
    ],
    [
      "with \"inviteCode\" of the wrong type",
      {
        "handle": "alice.example.com",
        "inviteCode": 12345
      }
    ],
    [
      "with \"verificationCode\" of the wrong type",
      {
        "handle": "alice.example.com",
        "verificationCode": 12345
      }
    ],
    [
      "with \"verificationPhone\" of the wrong type",
      {
        "handle": "alice.example.com",
        "verificationPhone": 12345
      }
    ],
    [
      "with \"password\" of the wrong type",
      {
        "handle": "alice.example.com",
        "password": 12345
      }
    ],
    [
      "with \"recoveryKey\" of the wrong type",
      {
        "handle": "alice.example.com",
        "recoveryKey": 12345
      }
    ],
    [
      "with \"plcOp\" of the wrong type",
      {
        "handle": "alice.example.com",
        "plcOp": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "accessJwt": "a",
      "refreshJwt": "a",
      "handle": "alice.example.com",
      "did": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidOutput": {}
})
