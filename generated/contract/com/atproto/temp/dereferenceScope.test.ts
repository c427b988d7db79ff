/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/temp/dereferenceScope.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/temp/dereferenceScope.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "scope": "a"
  },
  "invalidParams": [
    [
      "without the required \"scope\"",
      {}
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "scope": "a"
    }
  },
  "invalidOutput": {}
})
