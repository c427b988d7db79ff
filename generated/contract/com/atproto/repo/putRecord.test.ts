/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/putRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/putRecord.js'
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
      "rkey": "self",
      "record": {}
    }
  },
  "invalidInputs": [
    [
      "without the required \"repo\"",
      {
        "collection": "com.example.record",
        "rkey": "self",
        "record": {}
      }
    ],
    [
      "without the required \"collection\"",
      {
        "repo": "alice.example.com",
        "rkey": "self",
        "record": {}
      }
    ],
    [
      "without the required \"rkey\"",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "record": {}
      }
    ],
    [
      "without the required \"record\"",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "with \"repo\" of the wrong type",
      {
        "repo": 12345,
        "collection": "com.example.record",
        "rkey": "self",
        "record": {}
      }
    ],
    [
      "with \"collection\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": 12345,
        "rkey": "self",
        "record": {}
      }
    ],
    [
      "with \"rkey\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": 12345,
        "record": {}
      }
    ],
    [
      "with \"validate\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "record": {},
        "validate": "a string where it does not belong"
      }
    ],
    [
      "with \"record\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "record": "a string where it does not belong"
      }
    ],
    [
      "with \"swapRecord\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "record": {},
        "swapRecord": 12345
      }
    ],
    [
      "with \"swapCommit\" of the wrong type",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
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
