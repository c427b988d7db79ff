/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/getActorMetadata.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/moderation/getActorMetadata.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "actor": "did:plc:abcdefghijklmnopqrstuvwx"
  },
  "invalidParams": [
    [
      "without the required \"actor\"",
      {}
    ],
    [
      "with \"actor\" of the wrong type or format",
      {
        "actor": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "day": {
        "messagesSent": 0,
        "messagesReceived": 0,
        "convos": 0,
        "convosStarted": 0
      },
      "month": {
        "messagesSent": 0,
        "messagesReceived": 0,
        "convos": 0,
        "convosStarted": 0
      },
      "all": {
        "messagesSent": 0,
        "messagesReceived": 0,
        "convos": 0,
        "convosStarted": 0
      }
    }
  },
  "invalidOutput": {}
})
