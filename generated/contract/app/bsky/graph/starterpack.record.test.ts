/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/starterpack.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/starterpack.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.graph.starterpack",
    "name": "a",
    "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"name\"",
      {
        "$type": "app.bsky.graph.starterpack",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"list\"",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": 12345,
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "description": 12345
      }
    ],
    [
      "with \"descriptionFacets\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "descriptionFacets": "a string where it does not belong"
      }
    ],
    [
      "with \"list\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"feeds\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "feeds": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.graph.starterpack",
        "name": "a",
        "list": "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a",
        "createdAt": 12345
      }
    ]
  ]
})
