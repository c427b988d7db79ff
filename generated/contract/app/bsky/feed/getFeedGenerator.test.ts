/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getFeedGenerator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/getFeedGenerator.js'
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
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "view": {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "creator": {
          "did": "did:plc:abcdefghijklmnopqrstuvwx",
          "handle": "alice.example.com"
        },
        "displayName": "a",
        "indexedAt": "2024-01-02T03:04:05.678Z"
      },
      "isOnline": true,
      "isValid": true
    }
  },
  "invalidOutput": {}
})
