/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/queue/getAssignments.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/queue/getAssignments.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"onlyActive\" of the wrong type or format",
      {
        "onlyActive": "maybe"
      }
    ],
    [
      "with \"queueIds\" of the wrong type or format",
      {
        "queueIds": "not-a-number"
      }
    ],
    [
      "with \"dids\" of the wrong type or format",
      {
        "dids": "not valid!"
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
      "assignments": []
    }
  },
  "invalidOutput": {}
})
