/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/team/updateMember.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/team/updateMember.js'
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
    ],
    [
      "with \"disabled\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "disabled": "a string where it does not belong"
      }
    ],
    [
      "with \"role\" of the wrong type",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx",
        "role": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "role": "tools.ozone.team.defs#roleAdmin"
    }
  }
})
