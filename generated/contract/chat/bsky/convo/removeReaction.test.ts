/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/removeReaction.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/removeReaction.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "convoId": "a",
      "messageId": "a",
      "value": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"convoId\"",
      {
        "messageId": "a",
        "value": "a"
      }
    ],
    [
      "without the required \"messageId\"",
      {
        "convoId": "a",
        "value": "a"
      }
    ],
    [
      "without the required \"value\"",
      {
        "convoId": "a",
        "messageId": "a"
      }
    ],
    [
      "with \"convoId\" of the wrong type",
      {
        "convoId": 12345,
        "messageId": "a",
        "value": "a"
      }
    ],
    [
      "with \"messageId\" of the wrong type",
      {
        "convoId": "a",
        "messageId": 12345,
        "value": "a"
      }
    ],
    [
      "with \"value\" of the wrong type",
      {
        "convoId": "a",
        "messageId": "a",
        "value": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "message": {
        "id": "a",
        "rev": "a",
        "text": "a",
        "sender": {
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "sentAt": "2024-01-02T03:04:05.678Z"
      }
    }
  },
  "invalidOutput": {}
})
