/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/queryEvents.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/queryEvents.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"createdBy\" of the wrong type or format",
      {
        "createdBy": "not valid!"
      }
    ],
    [
      "with \"sortDirection\" of the wrong type or format",
      {
        "sortDirection": "not-one-of-them"
      }
    ],
    [
      "with \"createdAfter\" of the wrong type or format",
      {
        "createdAfter": "not valid!"
      }
    ],
    [
      "with \"createdBefore\" of the wrong type or format",
      {
        "createdBefore": "not valid!"
      }
    ],
    [
      "with \"subject\" of the wrong type or format",
      {
        "subject": "not valid!"
      }
    ],
    [
      "with \"collections\" of the wrong type or format",
      {
        "collections": "not valid!"
      }
    ],
    [
      "with \"includeAllUserRecords\" of the wrong type or format",
      {
        "includeAllUserRecords": "maybe"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ],
    [
      "with \"hasComment\" of the wrong type or format",
      {
        "hasComment": "maybe"
      }
    ],
    [
      "with \"withStrike\" of the wrong type or format",
      {
        "withStrike": "maybe"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "events": []
    }
  },
  "invalidOutput": {}
})
