/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/draft/deleteDraft.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/draft/deleteDraft.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "id": "3jzfcijpj2z2a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"id\"",
      {}
    ],
    [
      "with \"id\" of the wrong type",
      {
        "id": 12345
      }
    ]
  ]
})
