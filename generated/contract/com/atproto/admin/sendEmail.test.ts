/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/sendEmail.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/sendEmail.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
      "content": "a",
      "senderDid": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"recipientDid\"",
      {
        "content": "a",
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"content\"",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "without the required \"senderDid\"",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "content": "a"
      }
    ],
    [
      "with \"recipientDid\" of the wrong type",
      {
        "recipientDid": 12345,
        "content": "a",
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"content\" of the wrong type",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "content": 12345,
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "content": "a",
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "subject": 12345
      }
    ],
    [
      "with \"senderDid\" of the wrong type",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "content": "a",
        "senderDid": 12345
      }
    ],
    [
      "with \"comment\" of the wrong type",
      {
        "recipientDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "content": "a",
        "senderDid": "did:plc:abcdefghijklmnopqrstuvwx",
        "comment": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "sent": true
    }
  },
  "invalidOutput": {}
})
