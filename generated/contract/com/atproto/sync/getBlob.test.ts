/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/getBlob.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/getBlob.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "did": "did:plc:abcdefghijklmnopqrstuvwx",
    "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
  },
  "invalidParams": [
    [
      "without the required \"did\"",
      {
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
      }
    ],
    [
      "without the required \"cid\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type or format",
      {
        "did": "not valid!",
        "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
      }
    ],
    [
      "with \"cid\" of the wrong type or format",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "cid": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "*/*",
    "body": null
  }
})
