/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/resolveIdentity.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/resolveIdentity.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "identifier": "alice.example.com"
  },
  "invalidParams": [
    [
      "without the required \"identifier\"",
      {}
    ],
    [
      "with \"identifier\" of the wrong type or format",
      {
        "identifier": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "handle": "alice.example.com",
      "didDoc": {}
    }
  }
})
