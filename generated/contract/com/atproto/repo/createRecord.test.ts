/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/createRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/createRecord.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "repo": "alice.example.com",
      "collection": "com.example.record",
      "record": {}
    }
  },
  "invalidInputs": [
    [
      "without the required \"repo\"",
      {
        "collection": "com.example.record",
        "record": {}
      }
    ],
    [
      "without the required \"collection\"",
      {
        "repo": "alice.example.com",
        "record": {}
      }
    ],
    [
      "without the required \"record\"",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record"
      }
    ],
    [
      "with \"repo\" of the wrong type",
      {
        "repo": 12345,
        "collection": "com.example.record",
        "record": {}
      }
    ],
    [
      "with \"collection\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": 12345,
        "record": {}
      }
    ],
    [
      "with \"rkey\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "record": {},
        "rkey": 12345
      }
    ],
    [
      "with \"validate\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "record": {},
        "validate": "a string where it does not belong"
      }
    ],
    [
      "with \"record\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "record": "a string where it does not belong"
      }
    ],
    [
      "with \"swapCommit\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "record": {},
        "swapCommit": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "cid": "bafyreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4"
    }
  },
  "invalidOutput": {}
})
