/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/requestEmailUpdate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/requestEmailUpdate.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "tokenRequired": true
    }
  },
  "invalidOutput": {}
})
