/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/notification/getPreferences.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/notification/getPreferences.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
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
