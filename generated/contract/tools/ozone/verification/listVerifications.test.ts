/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/listVerifications.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/verification/listVerifications.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ],
    [
      "with \"createdAfter\" of the wrong type or format",
      {
        "createdAfter": "not valid!"
      }
    ],
    [
      "with \"createdBefore\" of the wrong type or format",
      {
        "createdBefore": "not valid!"
      }
    ],
    [
      "with \"issuers\" of the wrong type or format",
      {
        "issuers": "not valid!"
      }
    ],
    [
      "with \"subjects\" of the wrong type or format",
      {
        "subjects": "not valid!"
      }
    ],
    [
      "with \"sortDirection\" of the wrong type or format",
      {
        "sortDirection": "not-one-of-them"
      }
    ],
    [
      "with \"isRevoked\" of the wrong type or format",
      {
        "isRevoked": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "verifications": []
    }
  },
  "invalidOutput": {}
})
