/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/createSession.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/createSession.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "identifier": "a",
      "password": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"identifier\"",
      {
        "password": "a"
      }
    ],
    [
      "without the required \"password\"",
      {
        "identifier": "a"
      }
    ],
    [
      "with \"identifier\" of the wrong type",
      {
        "identifier": 12345,
        "password": "a"
      }
    ],
    [
      "with \"password\" of the wrong type",
      {
        "identifier": "a",
        "password": 12345
      }
    ],
    [
      "with \"authFactorToken\" of the wrong type",
      {
        "identifier": "a",
        "password": "a",
        "authFactorToken": 12345
      }
    ],
    [
      "with \"allowTakendown\" of the wrong type",
      {
        "identifier": "a",
        "password": "a",
        "allowTakendown": "a string where it does not belong"
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
