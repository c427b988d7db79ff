/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/revokeVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/verification/revokeVerifications.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "uris": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"uris\"",
      {}
    ],
    [
      "with \"uris\" of the wrong type",
      {
        "uris": "a string where it does not belong"
      }
    ],
    [
      "with \"revokeReason\" of the wrong type",
      {
        "uris": [],
        "revokeReason": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "revokedVerifications": [],
      "failedRevocations": []
    }
  },
  "invalidOutput": {}
})
