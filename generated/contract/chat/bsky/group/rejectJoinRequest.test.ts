/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/rejectJoinRequest.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/rejectJoinRequest.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "convoId": "a",
      "member": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"convoId\"",
      {
        "member": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"member\"",
      {
        "convoId": "a"
      }
    ],
    [
      "with \"convoId\" of the wrong type",
      {
        "convoId": 12345,
        "member": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"member\" of the wrong type",
      {
        "convoId": "a",
        "member": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
