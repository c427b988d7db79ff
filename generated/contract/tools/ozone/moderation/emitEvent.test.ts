/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/emitEvent.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/emitEvent.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "event": {
        "$type": "tools.ozone.moderation.defs#modEventTakedown"
      },
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      },
      "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"event\"",
      {
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"subject\"",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"createdBy\"",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        }
      }
    ],
    [
      "with \"event\" of the wrong type",
      {
        "event": "a string where it does not belong",
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": "a string where it does not belong",
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"subjectBlobCids\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "subjectBlobCids": "a string where it does not belong"
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": 12345
      }
    ],
    [
      "with \"modTool\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "modTool": "a string where it does not belong"
      }
    ],
    [
      "with \"externalId\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "externalId": 12345
      }
    ],
    [
      "with \"reportAction\" of the wrong type",
      {
        "event": {
          "$type": "tools.ozone.moderation.defs#modEventTakedown"
        },
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "reportAction": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": 0,
      "event": {
        "$type": "tools.ozone.moderation.defs#modEventTakedown"
      },
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      },
      "subjectBlobCids": [],
      "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "createdAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
