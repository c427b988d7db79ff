/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/getEvent.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/getEvent.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "id": "0"
  },
  "invalidParams": [
    [
      "without the required \"id\"",
      {}
    ],
    [
      "with \"id\" of the wrong type or format",
      {
        "id": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "event": {
        "$type": "tools.ozone.moderation.defs#modEventTakedown"
      },
      "subject": {
        "$type": "tools.ozone.moderation.defs#repoView",
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "handle": "alice.example.com",
        "relatedRecords": [],
        "indexedAt": "2024-01-02T03:04:05.678Z",
        "moderation": {}
      },
      "subjectBlobs": [],
      "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "createdAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
