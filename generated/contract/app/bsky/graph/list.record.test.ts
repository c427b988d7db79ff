/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/graph/list.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/graph/list.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.graph.list",
    "name": "a",
    "purpose": "app.bsky.graph.defs#modlist",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"name\"",
      {
        "$type": "app.bsky.graph.list",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"purpose\"",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist"
      }
    ],
    [
      "with \"purpose\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": 12345,
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "description": 12345
      }
    ],
    [
      "with \"descriptionFacets\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "descriptionFacets": "a string where it does not belong"
      }
    ],
    [
      "with \"avatar\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "avatar": "a string where it does not belong"
      }
    ],
    [
      "with \"labels\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "labels": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.graph.list",
        "name": "a",
        "purpose": "app.bsky.graph.defs#modlist",
        "createdAt": 12345
      }
    ]
  ]
})
