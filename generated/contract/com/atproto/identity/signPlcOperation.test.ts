/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/identity/signPlcOperation.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/identity/signPlcOperation.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [
    [
      "with \"token\" of the wrong type",
      {
        "token": 12345
      }
    ],
    [
      "with \"rotationKeys\" of the wrong type",
      {
        "rotationKeys": "a string where it does not belong"
      }
    ],
    [
      "with \"alsoKnownAs\" of the wrong type",
      {
        "alsoKnownAs": "a string where it does not belong"
      }
    ],
    [
      "with \"verificationMethods\" of the wrong type",
      {
        "verificationMethods": "a string where it does not belong"
      }
    ],
    [
      "with \"services\" of the wrong type",
      {
        "services": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "operation": {}
    }
  },
  "invalidOutput": {}
})
