/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/getEmbedExternalView.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/embed/getEmbedExternalView.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "url": "https://example.com/path",
    "uris": [
      "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
    ]
  },
  "invalidParams": [
    [
      "without the required \"url\"",
      {
        "uris": [
          "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
        ]
      }
    ],
    [
      "without the required \"uris\"",
      {
        "url": "https://example.com/path"
      }
    ],
    [
      "with \"url\" of the wrong type or format",
      {
        "url": "not valid!",
        "uris": [
          "at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3jzfcijpj2z2a"
        ]
      }
    ],
    [
      "with \"uris\" of the wrong type or format",
      {
        "url": "https://example.com/path",
        "uris": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
