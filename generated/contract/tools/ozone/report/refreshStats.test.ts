/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/refreshStats.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/refreshStats.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "startDate": "a",
      "endDate": "a"
    }
  },
  "invalidInputs": [
    [
      "without the required \"startDate\"",
      {
        "endDate": "a"
      }
    ],
    [
      "without the required \"endDate\"",
      {
        "startDate": "a"
      }
    ],
    [
      "with \"startDate\" of the wrong type",
      {
        "startDate": 12345,
        "endDate": "a"
      }
    ],
    [
      "with \"endDate\" of the wrong type",
      {
        "startDate": "a",
        "endDate": 12345
      }
    ],
    [
      "with \"queueIds\" of the wrong type",
      {
        "startDate": "a",
        "endDate": "a",
        "queueIds": "a string where it does not belong"
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
