/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/label/queryLabels.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/label/queryLabels.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "uriPatterns": [
      "a"
    ]
  },
  "invalidParams": [
    [
      "without the required \"uriPatterns\"",
      {}
    ],
    [
      "with \"sources\" of the wrong type or format",
      {
        "uriPatterns": [
          "a"
        ],
        "sources": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "uriPatterns": [
          "a"
        ],
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "labels": []
    }
  },
  "invalidOutput": {}
})
