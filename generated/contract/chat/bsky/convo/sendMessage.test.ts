/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/convo/sendMessage.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/convo/sendMessage.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "convoId": "a",
      "message": {
        "text": "a"
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"convoId\"",
      {
        "message": {
          "text": "a"
        }
      }
    ],
    [
      "without the required \"message\"",
      {
        "convoId": "a"
      }
    ],
    [
      "with \"convoId\" of the wrong type",
      {
        "convoId": 12345,
        "message": {
          "text": "a"
        }
      }
    ],
    [
      "with \"message\" of the wrong type",
      {
        "convoId": "a",
        "message": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "id": "a",
      "rev": "a",
      "text": "a",
      "sender": {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      },
      "sentAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
