/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/post.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/post.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.feed.post",
    "text": "a",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"text\"",
      {
        "$type": "app.bsky.feed.post",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.feed.post",
        "text": "a"
      }
    ],
    [
      "with \"text\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"entities\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "entities": "a string where it does not belong"
      }
    ],
    [
      "with \"facets\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "facets": "a string where it does not belong"
      }
    ],
    [
      "with \"reply\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "reply": "a string where it does not belong"
      }
    ],
    [
      "with \"embed\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "embed": "a string where it does not belong"
      }
    ],
    [
      "with \"langs\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "langs": "a string where it does not belong"
      }
    ],
    [
      "with \"labels\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "labels": "a string where it does not belong"
      }
    ],
    [
      "with \"tags\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "tags": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.feed.post",
        "text": "a",
        "createdAt": 12345
      }
    ]
  ]
})
