/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/notification/putPreferences.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/notification/putPreferences.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [
    [
      "with \"chat\" of the wrong type",
      {
        "chat": "a string where it does not belong"
      }
    ],
    [
      "with \"chatRequest\" of the wrong type",
      {
        "chatRequest": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "preferences": {
        "chat": {
          "include": "all",
          "push": true
        },
        "chatRequest": {
          "include": "all",
          "push": true
        }
      }
    }
  },
  "invalidOutput": {}
})
