/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/refreshSession.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/refreshSession.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
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
