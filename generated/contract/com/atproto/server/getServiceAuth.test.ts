/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/getServiceAuth.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/getServiceAuth.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "aud": "a"
  },
  "invalidParams": [
    [
      "without the required \"aud\"",
      {}
    ],
    [
      "with \"exp\" of the wrong type or format",
      {
        "aud": "a",
        "exp": "not-a-number"
      }
    ],
    [
      "with \"lxm\" of the wrong type or format",
      {
        "aud": "a",
        "lxm": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "token": "a"
    }
  },
  "invalidOutput": {}
})
