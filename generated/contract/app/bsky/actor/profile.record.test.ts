/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/profile.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/profile.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.actor.profile"
  },
  "invalid": [
    [
      "with \"displayName\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "displayName": 12345
      }
    ],
    [
      "with \"description\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "description": 12345
      }
    ],
    [
      "with \"pronouns\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "pronouns": 12345
      }
    ],
    [
      "with \"website\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "website": 12345
      }
    ],
    [
      "with \"avatar\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "avatar": "a string where it does not belong"
      }
    ],
    [
      "with \"banner\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "banner": "a string where it does not belong"
      }
    ],
    [
      "with \"labels\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "labels": "a string where it does not belong"
      }
    ],
    [
      "with \"joinedViaStarterPack\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "joinedViaStarterPack": "a string where it does not belong"
      }
    ],
    [
      "with \"pinnedPost\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "pinnedPost": "a string where it does not belong"
      }
    ],
    [
      "with \"createdAt\" of the wrong type",
      {
        "$type": "app.bsky.actor.profile",
        "createdAt": 12345
      }
    ]
  ]
})
