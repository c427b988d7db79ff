/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/team/addMember.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/team/addMember.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "did": "did:plc:abcdefghijklmnopqrstuvwx",
      "role": "tools.ozone.team.defs#roleAdmin"
    }
  },
  "invalidInputs": [
    [
      "without the required \"did\"",
      {
        "role": "tools.ozone.team.defs#roleAdmin"
      }
    ],
    [
      "without the required \"role\"",
      {
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    ],
    [
      "with \"did\" of the wrong type",
      {
        "did": 12345,
        "role": "tools.ozone.team.defs#roleAdmin"
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
