/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/getRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/getRecord.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "did": "did:plc:abcdefghijklmnopqrstuvwx",
    "collection": "com.example.record",
    "rkey": "self"
  },
  "invalidParams": [
    [
      "without the required \"did\"",
      {
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "without the required \"collection\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "rkey": "self"
      }
    ],
    [
      "without the required \"rkey\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "collection": "com.example.record"
      }
    ],
    [
      "with \"did\" of the wrong type or format",
      {
        "did": "not valid!",
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "with \"collection\" of the wrong type or format",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "collection": "not valid!",
        "rkey": "self"
      }
    ],
    [
      "with \"rkey\" of the wrong type or format",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "collection": "com.example.record",
        "rkey": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/vnd.ipld.car",
    "body": null
  }
})
