/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/feed/searchPostsV2.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/feed/searchPostsV2.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ],
    [
      "with \"authors\" of the wrong type or format",
      {
        "authors": "not valid!"
      }
    ],
    [
      "with \"mentions\" of the wrong type or format",
      {
        "mentions": "not valid!"
      }
    ],
    [
      "with \"urls\" of the wrong type or format",
      {
        "urls": "not valid!"
      }
    ],
    [
      "with \"embeddedAtUris\" of the wrong type or format",
      {
        "embeddedAtUris": "not valid!"
      }
    ],
    [
      "with \"excludeAuthors\" of the wrong type or format",
      {
        "excludeAuthors": "not valid!"
      }
    ],
    [
      "with \"excludeMentions\" of the wrong type or format",
      {
        "excludeMentions": "not valid!"
      }
    ],
    [
      "with \"excludeUrls\" of the wrong type or format",
      {
        "excludeUrls": "not valid!"
      }
    ],
    [
      "with \"excludeEmbeddedAtUris\" of the wrong type or format",
      {
        "excludeEmbeddedAtUris": "not valid!"
      }
    ],
    [
      "with \"allTime\" of the wrong type or format",
      {
        "allTime": "maybe"
      }
    ],
    [
      "with \"languages\" of the wrong type or format",
      {
        "languages": "not valid!"
      }
    ],
    [
      "with \"excludeLanguages\" of the wrong type or format",
      {
        "excludeLanguages": "not valid!"
      }
    ],
    [
      "with \"hasMedia\" of the wrong type or format",
      {
        "hasMedia": "maybe"
      }
    ],
    [
      "with \"hasVideo\" of the wrong type or format",
      {
        "hasVideo": "maybe"
      }
    ],
    [
      "with \"replyParentUri\" of the wrong type or format",
      {
        "replyParentUri": "not valid!"
      }
    ],
    [
      "with \"threadRootUri\" of the wrong type or format",
      {
        "threadRootUri": "not valid!"
      }
    ],
    [
      "with \"excludeReplies\" of the wrong type or format",
      {
        "excludeReplies": "maybe"
      }
    ],
    [
      "with \"repliesOnly\" of the wrong type or format",
      {
        "repliesOnly": "maybe"
      }
    ],
    [
      "with \"following\" of the wrong type or format",
      {
        "following": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "posts": []
    }
  },
  "invalidOutput": {}
})
