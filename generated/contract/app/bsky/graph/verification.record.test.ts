/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/verification.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/verification.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.graph.verification",
    "subject": "did:plc:abcdefghijklmnopqrstuvwx",
    "handle": "alice.example.com",
    "displayName": "a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"subject\"",
      {
        "$type": "app.bsky.graph.verification",
        "handle": "alice.example.com",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"handle\"",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"displayName\"",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "displayName": "a"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "$type": "app.bsky.graph.verification",
        "subject": 12345,
        "handle": "alice.example.com",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"handle\" of the wrong type",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": 12345,
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"displayName\" of the wrong type",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "displayName": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.graph.verification",
        "subject": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "displayName": "a",
        "createdAt": 12345
      }
    ]
  ]
})
