/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/draft/updateDraft.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/draft/updateDraft.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "draft": {
        "id": "3jzfcijpj2z2a",
        "draft": {
          "posts": [
            {
              "text": "a"
            }
          ]
        }
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"draft\"",
      {}
    ],
    [
      "with \"draft\" of the wrong type",
      {
        "draft": "a string where it does not belong"
      }
    ]
  ]
})
