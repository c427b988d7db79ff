/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/getMessageContext.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/moderation/getMessageContext.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "messageId": "a"
  },
  "invalidParams": [
    [
      "without the required \"messageId\"",
      {}
    ],
    [
      "with \"before\" of the wrong type or format",
      {
        "messageId": "a",
        "before": "not-a-number"
      }
    ],
    [
      "with \"after\" of the wrong type or format",
      {
        "messageId": "a",
        "after": "not-a-number"
      }
    ],
    [
      "with \"maxInterleavedSystemMessages\" of the wrong type or format",
      {
        "messageId": "a",
        "maxInterleavedSystemMessages": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "messages": []
    }
  },
  "invalidOutput": {}
})
