/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/cancelScheduledActions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/cancelScheduledActions.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subjects": []
    }
  },
  "invalidInputs": [
    [
      "without the required \"subjects\"",
      {}
    ],
    [
      "with \"subjects\" of the wrong type",
      {
        "subjects": "a string where it does not belong"
      }
    ],
    [
      "with \"comment\" of the wrong type",
      {
        "subjects": [],
        "comment": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "succeeded": [],
      "failed": []
    }
  }
})
