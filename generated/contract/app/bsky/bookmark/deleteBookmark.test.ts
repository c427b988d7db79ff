/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/bookmark/deleteBookmark.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/bookmark/deleteBookmark.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"uri\"",
      {}
    ],
    [
      "with \"uri\" of the wrong type",
      {
        "uri": 12345
      }
    ]
  ]
})
