/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/querySets.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/set/querySets.js'
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
      "with \"sortBy\" of the wrong type or format",
      {
        "sortBy": "not-one-of-them"
      }
    ],
    [
      "with \"sortDirection\" of the wrong type or format",
      {
        "sortDirection": "not-one-of-them"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "sets": []
    }
  },
  "invalidOutput": {}
})
