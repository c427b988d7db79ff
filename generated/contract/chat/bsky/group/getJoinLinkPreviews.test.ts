/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/group/getJoinLinkPreviews.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/group/getJoinLinkPreviews.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "codes": [
      "a"
    ]
  },
  "invalidParams": [
    [
      "without the required \"codes\"",
      {}
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "joinLinkPreviews": []
    }
  },
  "invalidOutput": {}
})
