/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/updateActorAccess.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/moderation/updateActorAccess.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "actor": "did:plc:abcdefghijklmnopqrstuvwx",
      "allowAccess": true
    }
  },
  "invalidInputs": [
    [
      "without the required \"actor\"",
      {
        "allowAccess": true
      }
    ],
    [
      "without the required \"allowAccess\"",
      {
        "actor": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"actor\" of the wrong type",
      {
        "actor": 12345,
        "allowAccess": true
      }
    ],
    [
      "with \"allowAccess\" of the wrong type",
      {
        "actor": "did:plc:abcdefghijklmnopqrstuvwx",
        "allowAccess": "a string where it does not belong"
      }
    ],
    [
      "with \"ref\" of the wrong type",
      {
        "actor": "did:plc:abcdefghijklmnopqrstuvwx",
        "allowAccess": true,
        "ref": 12345
      }
    ]
  ]
})
