/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/report/getLiveStats.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/report/getLiveStats.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"queueId\" of the wrong type or format",
      {
        "queueId": "not-a-number"
      }
    ],
    [
      "with \"moderatorDid\" of the wrong type or format",
      {
        "moderatorDid": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "stats": {}
    }
  },
  "invalidOutput": {}
})
