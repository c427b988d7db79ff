/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getRepostedBy.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/getRepostedBy.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
  },
  "invalidParams": [
    [
      "without the required \"uri\"",
      {}
    ],
    [
      "with \"uri\" of the wrong type or format",
      {
        "uri": "not valid!"
      }
    ],
    [
      "with \"cid\" of the wrong type or format",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "repostedBy": []
    }
  },
  "invalidOutput": {}
})
