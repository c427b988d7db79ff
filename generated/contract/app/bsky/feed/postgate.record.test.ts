/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/postgate.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/postgate.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.feed.postgate",
    "post": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"post\"",
      {
        "$type": "app.bsky.feed.postgate",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.feed.postgate",
        "post": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.feed.postgate",
        "post": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": 12345
      }
    ],
    [
      "with \"post\" of the wrong type",
      {
        "$type": "app.bsky.feed.postgate",
        "post": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"detachedEmbeddingUris\" of the wrong type",
      {
        "$type": "app.bsky.feed.postgate",
        "post": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "detachedEmbeddingUris": "a string where it does not belong"
      }
    ],
    [
      "with \"embeddingRules\" of the wrong type",
      {
        "$type": "app.bsky.feed.postgate",
        "post": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "embeddingRules": "a string where it does not belong"
      }
    ]
  ]
})
