/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/setting/removeOptions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/setting/removeOptions.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "keys": [
        "com.example.record"
      ],
      "scope": "instance"
    }
  },
  "invalidInputs": [
    [
      "without the required \"keys\"",
      {
        "scope": "instance"
      }
    ],
    [
      "without the required \"scope\"",
      {
        "keys": [
          "com.example.record"
        ]
      }
    ],
    [
      "with \"keys\" of the wrong type",
      {
        "keys": "a string where it does not belong",
        "scope": "instance"
      }
    ],
    [
      "with \"scope\" of the wrong type",
      {
        "keys": [
          "com.example.record"
        ],
        "scope": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
