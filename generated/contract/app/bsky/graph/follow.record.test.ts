/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/follow.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/follow.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.graph.follow",
    "subject": "did:plc:abcdefghijklmnopqrstuvwx",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"subject\"",
      {
        "$type": "app.bsky.graph.follow",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.graph.follow",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "$type": "app.bsky.graph.follow",
        "subject": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.graph.follow",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": 12345
      }
    ],
    [
      "with \"via\" of the wrong type",
      {
        "$type": "app.bsky.graph.follow",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "via": "a string where it does not belong"
      }
    ]
  ]
})
