/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/getList.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/getList.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
  },
  "invalidParams": [
    [
      "without the required \"list\"",
      {}
    ],
    [
      "with \"list\" of the wrong type or format",
      {
        "list": "not valid!"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "list": {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
        "creator": {
          "did": "did:plc:abcdefghijklmnopqrstuvwx",
          "handle": "alice.example.com"
        },
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "indexedAt": "2024-01-02T03:04:05.678Z"
      },
      "items": []
    }
  },
  "invalidOutput": {}
})
