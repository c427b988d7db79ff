/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/generator.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/generator.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.feed.generator",
    "did": "did:plc:abcdefghijklmnopqrstuvwx",
    "displayName": "a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"did\"",
      {
        "$type": "app.bsky.feed.generator",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"displayName\"",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": 12345,
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"displayName\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "description": 12345
      }
    ],
    [
      "with \"descriptionFacets\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "descriptionFacets": "a string where it does not belong"
      }
    ],
    [
      "with \"avatar\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "avatar": "a string where it does not belong"
      }
    ],
    [
      "with \"acceptsInteractions\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "acceptsInteractions": "a string where it does not belong"
      }
    ],
    [
      "with \"labels\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "labels": "a string where it does not belong"
      }
    ],
    [
      "with \"contentMode\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "contentMode": 12345
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.feed.generator",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "displayName": "a",
        "createdAt": 12345
      }
    ]
  ]
})
