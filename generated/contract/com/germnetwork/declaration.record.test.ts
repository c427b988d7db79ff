/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/germnetwork/declaration.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../lexicons/com/germnetwork/declaration.js'
import { contractRecord } from '../../harness.js'

contractRecord(M, {
  "valid": {
    "$type": "com.germnetwork.declaration",
    "version": "aaaaa",
    "currentKey": {
      "$bytes": "Bw"
    }
  },
  "invalid": [
    [
      "without the required \"version\"",
      {
        "$type": "com.germnetwork.declaration",
        "currentKey": {
          "$bytes": "Bw"
        }
      }
    ],
    [
      "without the required \"currentKey\"",
      {
        "$type": "com.germnetwork.declaration",
        "version": "aaaaa"
      }
    ],
    [
      "with \"version\" of the wrong type",
      {
        "$type": "com.germnetwork.declaration",
        "version": 12345,
        "currentKey": {
          "$bytes": "Bw"
        }
      }
    ],
    [
      "with \"currentKey\" of the wrong type",
      {
        "$type": "com.germnetwork.declaration",
        "version": "aaaaa",
        "currentKey": "a string where it does not belong"
      }
    ],
    [
      "with \"messageMe\" of the wrong type",
      {
        "$type": "com.germnetwork.declaration",
        "version": "aaaaa",
        "currentKey": {
          "$bytes": "Bw"
        },
        "messageMe": "a string where it does not belong"
      }
    ],
    [
      "with \"keyPackage\" of the wrong type",
      {
        "$type": "com.germnetwork.declaration",
        "version": "aaaaa",
        "currentKey": {
          "$bytes": "Bw"
        },
        "keyPackage": "a string where it does not belong"
      }
    ],
    [
      "with \"continuityProofs\" of the wrong type",
      {
        "$type": "com.germnetwork.declaration",
        "version": "aaaaa",
        "currentKey": {
          "$bytes": "Bw"
        },
        "continuityProofs": "a string where it does not belong"
      }
    ]
  ]
})
