/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/uploadBlob.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/uploadBlob.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/octet-stream",
    "body": null
  },
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "blob": {
        "$type": "blob",
        "ref": {
          "$link": "bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
        },
        "mimeType": "application/octet-stream",
        "size": 1
      }
    }
  },
  "invalidOutput": {}
})
