/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/declaration.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.notification.declaration",
    "allowSubscriptions": "followers"
  },
  "invalid": [
    [
      "without the required \"allowSubscriptions\"",
      {
        "$type": "app.bsky.notification.declaration"
      }
    ],
    [
      "with \"allowSubscriptions\" of the wrong type",
      {
        "$type": "app.bsky.notification.declaration",
        "allowSubscriptions": 12345
      }
    ]
  ]
})
