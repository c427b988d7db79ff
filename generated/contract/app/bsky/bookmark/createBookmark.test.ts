/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/bookmark/createBookmark.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/bookmark/createBookmark.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
    }
  },
  "invalidInputs": [
    [
      "without the required \"uri\"",
      {
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
      }
    ],
    [
      "without the required \"cid\"",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
      }
    ],
    [
      "with \"uri\" of the wrong type",
      {
        "uri": 12345,
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
      }
    ],
    [
      "with \"cid\" of the wrong type",
      {
        "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "cid": 12345
      }
    ]
  ]
})
