/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/getBlocks.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/getBlocks.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "did": "did:plc:abcdefghijklmnopqrstuvwx",
    "cids": [
      "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
    ]
  },
  "invalidParams": [
    [
      "without the required \"did\"",
      {
        "cids": [
          "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
        ]
      }
    ],
    [
      "without the required \"cids\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type or format",
      {
        "did": "not valid!",
        "cids": [
          "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
        ]
      }
    ],
    [
      "with \"cids\" of the wrong type or format",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "cids": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/vnd.ipld.car",
    "body": null
  }
})
