/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/actor/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/actor/declaration.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "chat.bsky.actor.declaration",
    "allowIncoming": "all"
  },
  "invalid": [
    [
      "without the required \"allowIncoming\"",
      {
        "$type": "chat.bsky.actor.declaration"
      }
    ],
    [
      "with \"allowIncoming\" of the wrong type",
      {
        "$type": "chat.bsky.actor.declaration",
        "allowIncoming": 12345
      }
    ],
    [
      "with \"allowGroupInvites\" of the wrong type",
      {
        "$type": "chat.bsky.actor.declaration",
        "allowIncoming": "all",
        "allowGroupInvites": 12345
      }
    ]
  ]
})
