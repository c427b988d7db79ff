/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/queryActivities.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/queryActivities.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
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
      "with \"sortDirection\" of the wrong type or format",
      {
        "sortDirection": "not-one-of-them"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "activities": []
    }
  },
  "invalidOutput": {}
})
