/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/getStarterPack.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/getStarterPack.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "starterPack": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
  },
  "invalidParams": [
    [
      "without the required \"starterPack\"",
      {}
    ],
    [
      "with \"starterPack\" of the wrong type or format",
      {
        "starterPack": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "starterPack": {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
        "record": {},
        "creator": {
          "did": "did:plc:abcdefghijklmnopqrstuvwx",
          "handle": "alice.example.com"
        },
        "indexedAt": "2024-01-02T03:04:05.678Z"
      }
    }
  },
  "invalidOutput": {}
})
