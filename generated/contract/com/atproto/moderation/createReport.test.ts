/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/moderation/createReport.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/moderation/createReport.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "reasonType": "com.atproto.moderation.defs#reasonSpam",
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"reasonType\"",
      {
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        }
      }
    ],
    [
      "without the required \"subject\"",
      {
        "reasonType": "com.atproto.moderation.defs#reasonSpam"
      }
    ],
    [
      "with \"reasonType\" of the wrong type",
      {
        "reasonType": 12345,
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        }
      }
    ],
    [
      "with \"reason\" of the wrong type",
      {
        "reasonType": "com.atproto.moderation.defs#reasonSpam",
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "reason": 12345
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "reasonType": "com.atproto.moderation.defs#reasonSpam",
        "subject": "a string where it does not belong"
      }
    ],
    [
      "with \"modTool\" of the wrong type",
      {
        "reasonType": "com.atproto.moderation.defs#reasonSpam",
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "modTool": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "reasonType": "com.atproto.moderation.defs#reasonSpam",
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      },
      "reportedBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "createdAt": "2024-01-02T03:04:05.678Z"
    }
  },
  "invalidOutput": {}
})
