/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/repo/getRecord.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/repo/getRecord.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "repo": "alice.example.com",
    "collection": "com.example.record",
    "rkey": "self"
  },
  "invalidParams": [
    [
      "without the required \"repo\"",
      {
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "without the required \"collection\"",
      {
        "repo": "alice.example.com",
        "rkey": "self"
      }
    ],
    [
      "without the required \"rkey\"",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record"
      }
    ],
    [
      "with \"repo\" of the wrong type or format",
      {
        "repo": "not valid!",
        "collection": "com.example.record",
        "rkey": "self"
      }
    ],
    [
      "with \"collection\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "not valid!",
        "rkey": "self"
      }
    ],
    [
      "with \"rkey\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "not valid!"
      }
    ],
    [
      "with \"cid\" of the wrong type or format",
      {
        "repo": "alice.example.com",
        "collection": "com.example.record",
        "rkey": "self",
        "cid": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "uri": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
      "value": {}
    }
  },
  "invalidOutput": {}
})
