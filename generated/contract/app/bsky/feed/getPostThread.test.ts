/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/getPostThread.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/getPostThread.js'
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
      "with \"depth\" of the wrong type or format",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "depth": "not-a-number"
      }
    ],
    [
      "with \"parentHeight\" of the wrong type or format",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "parentHeight": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "thread": {
        "$type": "app.bsky.feed.defs#threadViewPost",
        "post": {
          "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
          "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
          "author": {
            "did": "did:plc:abcdefghijklmnopqrstuvwx",
            "handle": "alice.example.com"
          },
          "record": {},
          "indexedAt": "2024-01-02T03:04:05.678Z"
        }
      }
    }
  },
  "invalidOutput": {}
})
