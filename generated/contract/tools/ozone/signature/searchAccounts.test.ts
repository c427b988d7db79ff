/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/signature/searchAccounts.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/signature/searchAccounts.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "values": [
      "a"
    ]
  },
  "invalidParams": [
    [
      "without the required \"values\"",
      {}
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "values": [
          "a"
        ],
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "accounts": []
    }
  },
  "invalidOutput": {}
})
