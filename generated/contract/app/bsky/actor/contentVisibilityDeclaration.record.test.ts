/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/actor/contentVisibilityDeclaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/actor/contentVisibilityDeclaration.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "app.bsky.actor.contentVisibilityDeclaration",
    "hideFromAlgorithmicRecommendations": true
  },
  "invalid": [
    [
      "without the required \"hideFromAlgorithmicRecommendations\"",
      {
        "$type": "app.bsky.actor.contentVisibilityDeclaration"
      }
    ],
    [
      "with \"hideFromAlgorithmicRecommendations\" of the wrong type",
      {
        "$type": "app.bsky.actor.contentVisibilityDeclaration",
        "hideFromAlgorithmicRecommendations": "a string where it does not belong"
      }
    ]
  ]
})
