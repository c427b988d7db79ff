/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/getRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/getRecord.js'
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
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
      "value": {},
      "blobs": [],
      "indexedAt": "2024-01-02T03:04:05.678Z",
      "moderation": {},
      "repo": {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "relatedRecords": [],
        "indexedAt": "2024-01-02T03:04:05.678Z",
        "moderation": {}
      }
    }
  }
})
