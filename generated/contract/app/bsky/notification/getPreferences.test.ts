/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/getPreferences.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/getPreferences.js'
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
        "follow": {
          "include": "all",
          "list": true,
          "push": true
        },
        "like": {
          "include": "all",
          "list": true,
          "push": true
        },
        "likeViaRepost": {
          "include": "all",
          "list": true,
          "push": true
        },
        "mention": {
          "include": "all",
          "list": true,
          "push": true
        },
        "quote": {
          "include": "all",
          "list": true,
          "push": true
        },
        "reply": {
          "include": "all",
          "list": true,
          "push": true
        },
        "repost": {
          "include": "all",
          "list": true,
          "push": true
        },
        "repostViaRepost": {
          "include": "all",
          "list": true,
          "push": true
        },
        "starterpackJoined": {
          "list": true,
          "push": true
        },
        "subscribedPost": {
          "list": true,
          "push": true
        },
        "unverified": {
          "list": true,
          "push": true
        },
        "verified": {
          "list": true,
          "push": true
        }
      }
    }
  },
  "invalidOutput": {}
})
