/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getFeed.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/getFeed.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "feed": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
  },
  "invalidParams": [
    [
      "without the required \"feed\"",
      {}
    ],
    [
      "with \"feed\" of the wrong type or format",
      {
        "feed": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "feed": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "feed": []
    }
  },
  "invalidOutput": {}
})
