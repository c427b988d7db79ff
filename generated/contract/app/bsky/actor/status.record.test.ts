/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/status.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/status.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.actor.status",
    "status": "app.bsky.actor.status#live",
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"status\"",
      {
        "$type": "app.bsky.actor.status",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.actor.status",
        "status": "app.bsky.actor.status#live"
      }
    ],
    [
      "with \"status\" of the wrong type",
      {
        "$type": "app.bsky.actor.status",
        "status": 12345,
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"embed\" of the wrong type",
      {
        "$type": "app.bsky.actor.status",
        "status": "app.bsky.actor.status#live",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "embed": "a string where it does not belong"
      }
    ],
    [
      "with \"durationMinutes\" of the wrong type",
      {
        "$type": "app.bsky.actor.status",
        "status": "app.bsky.actor.status#live",
        "createdAt": "2024-01-02T03:04:05.678Z",
        "durationMinutes": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.actor.status",
        "status": "app.bsky.actor.status#live",
        "createdAt": 12345
      }
    ]
  ]
})
