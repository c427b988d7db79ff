/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/listScheduledActions.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/listScheduledActions.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "statuses": [
        "pending"
      ]
    }
  },
  "invalidInputs": [
    [
      "without the required \"statuses\"",
      {}
    ],
    [
      "with \"startsAfter\" of the wrong type",
      {
        "statuses": [
          "pending"
        ],
        "startsAfter": 12345
      }
    ],
    [
      "with \"endsBefore\" of the wrong type",
      {
        "statuses": [
          "pending"
        ],
        "endsBefore": 12345
      }
    ],
    [
      "with \"subjects\" of the wrong type",
      {
        "statuses": [
          "pending"
        ],
        "subjects": "a string where it does not belong"
      }
    ],
    [
      "with \"statuses\" of the wrong type",
      {
        "statuses": "a string where it does not belong"
      }
    ],
    [
      "with \"limit\" of the wrong type",
      {
        "statuses": [
          "pending"
        ],
        "limit": "a string where it does not belong"
      }
    ],
    [
      "with \"cursor\" of the wrong type",
      {
        "statuses": [
          "pending"
        ],
        "cursor": 12345
      }
    ]
  ],
  "output": {
    "encoding": "application/json",
    "body": {
      "actions": []
    }
  },
  "invalidOutput": {}
})
