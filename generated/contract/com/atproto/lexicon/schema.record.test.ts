/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/lexicon/schema.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/lexicon/schema.js'
import { contractRecord } from '../../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "com.atproto.lexicon.schema",
    "lexicon": 0
  },
  "invalid": [
    [
      "without the required \"lexicon\"",
      {
        "$type": "com.atproto.lexicon.schema"
      }
    ],
    [
      "with \"lexicon\" of the wrong type",
      {
        "$type": "com.atproto.lexicon.schema",
        "lexicon": "a string where it does not belong"
      }
    ]
  ]
})
