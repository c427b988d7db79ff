/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/notification/putPreferencesV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/notification/putPreferencesV2.js'
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
      "with \"follow\" of the wrong type",
      {
        "follow": "a string where it does not belong"
      }
    ],
    [
      "with \"like\" of the wrong type",
      {
        "like": "a string where it does not belong"
      }
    ],
    [
      "with \"likeViaRepost\" of the wrong type",
      {
        "likeViaRepost": "a string where it does not belong"
      }
    ],
    [
      "with \"mention\" of the wrong type",
      {
        "mention": "a string where it does not belong"
      }
    ],
    [
      "with \"quote\" of the wrong type",
      {
        "quote": "a string where it does not belong"
      }
    ],
    [
      "with \"reply\" of the wrong type",
      {
        "reply": "a string where it does not belong"
      }
    ],
    [
      "with \"repost\" of the wrong type",
      {
        "repost": "a string where it does not belong"
      }
    ],
    [
      "with \"repostViaRepost\" of the wrong type",
      {
        "repostViaRepost": "a string where it does not belong"
      }
    ],
    [
      "with \"starterpackJoined\" of the wrong type",
      {
        "starterpackJoined": "a string where it does not belong"
      }
    ],
    [
      "with \"subscribedPost\" of the wrong type",
      {
        "subscribedPost": "a string where it does not belong"
      }
    ],
    [
      "with \"unverified\" of the wrong type",
      {
        "unverified": "a string where it does not belong"
      }
    ],
    [
      "with \"verified\" of the wrong type",
      {
        "verified": "a string where it does not belong"
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
