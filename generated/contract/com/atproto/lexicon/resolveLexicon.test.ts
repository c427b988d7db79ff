/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/lexicon/resolveLexicon.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/lexicon/resolveLexicon.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "nsid": "com.example.record"
  },
  "invalidParams": [
    [
      "without the required \"nsid\"",
      {}
    ],
    [
      "with \"nsid\" of the wrong type or format",
      {
        "nsid": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4",
      "schema": {
        "lexicon": 0
      }
    }
  },
  "invalidOutput": {}
})
