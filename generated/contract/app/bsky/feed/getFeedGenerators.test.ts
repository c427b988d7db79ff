/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getFeedGenerators.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/getFeedGenerators.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "feeds": [
      "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
    ]
  },
  "invalidParams": [
    [
      "without the required \"feeds\"",
      {}
    ],
    [
      "with \"feeds\" of the wrong type or format",
      {
        "feeds": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "feeds": []
    }
  },
  "invalidOutput": {}
})
