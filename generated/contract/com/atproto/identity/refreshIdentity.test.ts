/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/refreshIdentity.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/refreshIdentity.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "identifier": "alice.example.com"
    }
  },
  "invalidInputs": [
    [
      "without the required \"identifier\"",
      {}
    ],
    [
      "with \"identifier\" of the wrong type",
      {
        "identifier": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "handle": "alice.example.com",
      "didDoc": {}
    }
  }
})
