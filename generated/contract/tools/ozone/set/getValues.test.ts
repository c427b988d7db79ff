/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/getValues.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/set/getValues.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "name": "a"
  },
  "invalidParams": [
    [
      "without the required \"name\"",
      {}
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "name": "a",
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "set": {
        "name": "aaa",
        "setSize": 0,
        "createdAt": "2024-01-02T03:04:05.678Z",
        "updatedAt": "2024-01-02T03:04:05.678Z"
      },
      "values": []
    }
  },
  "invalidOutput": {}
})
