/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/scheduleAction.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/scheduleAction.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "action": {
        "$type": "tools.ozone.moderation.scheduleAction#takedown"
      },
      "subjects": [],
      "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
      "scheduling": {}
    }
  },
  "invalidInputs": [
    [
      "without the required \"action\"",
      {
        "subjects": [],
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": {}
      }
    ],
    [
      "without the required \"subjects\"",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": {}
      }
    ],
    [
      "without the required \"createdBy\"",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": [],
        "scheduling": {}
      }
    ],
    [
      "without the required \"scheduling\"",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": [],
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"action\" of the wrong type",
      {
        "action": "a string where it does not belong",
        "subjects": [],
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": {}
      }
    ],
    [
      "with \"subjects\" of the wrong type",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": "a string where it does not belong",
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": {}
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": [],
        "createdBy": 12345,
        "scheduling": {}
      }
    ],
    [
      "with \"scheduling\" of the wrong type",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": [],
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": "a string where it does not belong"
      }
    ],
    [
      "with \"modTool\" of the wrong type",
      {
        "action": {
          "$type": "tools.ozone.moderation.scheduleAction#takedown"
        },
        "subjects": [],
        "createdBy": "did:plc:abcdefghijklmnopqrstuvwx",
        "scheduling": {},
        "modTool": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "succeeded": [],
      "failed": []
    }
  }
})
