/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/addValues.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/set/addValues.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "name": "a",
      "values": [
        "a"
      ]
    }
  },
  "invalidInputs": [
    [
      "without the required \"name\"",
      {
        "values": [
          "a"
        ]
      }
    ],
    [
      "without the required \"values\"",
      {
        "name": "a"
      }
    ],
    [
      "with \"name\" of the wrong type",
      {
        "name": 12345,
        "values": [
          "a"
        ]
      }
    ],
    [
      "with \"values\" of the wrong type",
      {
        "name": "a",
        "values": "a string where it does not belong"
      }
    ]
  ]
})
