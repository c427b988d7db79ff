/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/labeler/service.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/labeler/service.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.labeler.service",
    "policies": {
      "labelValues": []
    },
    "createdAt": "2024-01-02T03:04:05.678Z"
  },
  "invalid": [
    [
      "without the required \"policies\"",
      {
        "$type": "app.bsky.labeler.service",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "without the required \"createdAt\"",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        }
      }
    ],
    [
      "with \"policies\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": "a string where it does not belong",
        "createdAt": "2024-01-02T03:04:05.678Z"
      }
    ],
    [
      "with \"labels\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        },
        "createdAt": "2024-01-02T03:04:05.678Z",
        "labels": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        },
        "createdAt": 12345
      }
    ],
    [
      "with \"reasonTypes\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        },
        "createdAt": "2024-01-02T03:04:05.678Z",
        "reasonTypes": "a string where it does not belong"
      }
    ],
    [
      "with \"subjectTypes\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        },
        "createdAt": "2024-01-02T03:04:05.678Z",
        "subjectTypes": "a string where it does not belong"
      }
    ],
    [
      "with \"subjectCollections\" of the wrong type",
      {
        "$type": "app.bsky.labeler.service",
        "policies": {
          "labelValues": []
        },
        "createdAt": "2024-01-02T03:04:05.678Z",
        "subjectCollections": "a string where it does not belong"
      }
    ]
  ]
})
