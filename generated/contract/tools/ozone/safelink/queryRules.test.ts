/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/safelink/queryRules.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/safelink/queryRules.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [
    [
      "with \"cursor\" of the wrong type",
      {
        "cursor": 12345
      }
    ],
    [
      "with \"limit\" of the wrong type",
      {
        "limit": "a string where it does not belong"
      }
    ],
    [
      "with \"urls\" of the wrong type",
      {
        "urls": "a string where it does not belong"
      }
    ],
    [
      "with \"patternType\" of the wrong type",
      {
        "patternType": 12345
      }
    ],
    [
      "with \"actions\" of the wrong type",
      {
        "actions": "a string where it does not belong"
      }
    ],
    [
      "with \"reason\" of the wrong type",
      {
        "reason": 12345
      }
    ],
    [
      "with \"createdBy\" of the wrong type",
      {
        "createdBy": 12345
      }
    ],
    [
      "with \"sortDirection\" of the wrong type",
      {
        "sortDirection": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "rules": []
    }
  },
  "invalidOutput": {}
})
