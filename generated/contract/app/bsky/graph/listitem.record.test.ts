/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/listitem.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/listitem.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.graph.listitem",
    "subject": "did:plc:abcdefghijklmnopqrstuvwx",
    "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"subject\"",
      {
        "$type": "app.bsky.graph.listitem",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"list\"",
      {
        "$type": "app.bsky.graph.listitem",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.graph.listitem",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "$type": "app.bsky.graph.listitem",
        "subject": 12345,
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"list\" of the wrong type",
      {
        "$type": "app.bsky.graph.listitem",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "list": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.graph.listitem",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": 12345
      }
    ]
  ]
})
