/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/labeler/getServices.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/labeler/getServices.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "dids": [
      "did:plc:abcdefghijklmnopqrstuvwx"
    ]
  },
  "invalidParams": [
    [
      "without the required \"dids\"",
      {}
    ],
    [
      "with \"dids\" of the wrong type or format",
      {
        "dids": "not valid!"
      }
    ],
    [
      "with \"detailed\" of the wrong type or format",
      {
        "dids": [
          "did:plc:abcdefghijklmnopqrstuvwx"
        ],
        "detailed": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "views": []
    }
  },
  "invalidOutput": {}
})
