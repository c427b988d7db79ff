/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/team/deleteMember.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/team/deleteMember.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {}
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345
      }
    ]
  ]
})
