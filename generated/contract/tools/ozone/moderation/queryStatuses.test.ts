/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/queryStatuses.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/queryStatuses.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"queueCount\" of the wrong type or format",
      {
        "queueCount": "not-a-number"
      }
    ],
    [
      "with \"queueIndex\" of the wrong type or format",
      {
        "queueIndex": "not-a-number"
      }
    ],
    [
      "with \"includeAllUserRecords\" of the wrong type or format",
      {
        "includeAllUserRecords": "maybe"
      }
    ],
    [
      "with \"subject\" of the wrong type or format",
      {
        "subject": "not valid!"
      }
    ],
    [
      "with \"reportedAfter\" of the wrong type or format",
      {
        "reportedAfter": "not valid!"
      }
    ],
    [
      "with \"reportedBefore\" of the wrong type or format",
      {
        "reportedBefore": "not valid!"
      }
    ],
    [
      "with \"reviewedAfter\" of the wrong type or format",
      {
        "reviewedAfter": "not valid!"
      }
    ],
    [
      "with \"hostingDeletedAfter\" of the wrong type or format",
      {
        "hostingDeletedAfter": "not valid!"
      }
    ],
    [
      "with \"hostingDeletedBefore\" of the wrong type or format",
      {
        "hostingDeletedBefore": "not valid!"
      }
    ],
    [
      "with \"hostingUpdatedAfter\" of the wrong type or format",
      {
        "hostingUpdatedAfter": "not valid!"
      }
    ],
    [
      "with \"hostingUpdatedBefore\" of the wrong type or format",
      {
        "hostingUpdatedBefore": "not valid!"
      }
    ],
    [
      "with \"reviewedBefore\" of the wrong type or format",
      {
        "reviewedBefore": "not valid!"
      }
    ],
    [
      "with \"includeMuted\" of the wrong type or format",
      {
        "includeMuted": "maybe"
      }
    ],
    [
      "with \"onlyMuted\" of the wrong type or format",
      {
        "onlyMuted": "maybe"
      }
    ],
    [
      "with \"ignoreSubjects\" of the wrong type or format",
      {
        "ignoreSubjects": "not valid!"
      }
    ],
    [
      "with \"lastReviewedBy\" of the wrong type or format",
      {
        "lastReviewedBy": "not valid!"
      }
    ],
    [
      "with \"sortField\" of the wrong type or format",
      {
        "sortField": "not-one-of-them"
      }
    ],
    [
      "with \"sortDirection\" of the wrong type or format",
      {
        "sortDirection": "not-one-of-them"
      }
    ],
    [
      "with \"takendown\" of the wrong type or format",
      {
        "takendown": "maybe"
      }
    ],
    [
      "with \"appealed\" of the wrong type or format",
      {
        "appealed": "maybe"
      }
    ],
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ],
    [
      "with \"collections\" of the wrong type or format",
      {
        "collections": "not valid!"
      }
    ],
    [
      "with \"minAccountSuspendCount\" of the wrong type or format",
      {
        "minAccountSuspendCount": "not-a-number"
      }
    ],
    [
      "with \"minReportedRecordsCount\" of the wrong type or format",
      {
        "minReportedRecordsCount": "not-a-number"
      }
    ],
    [
      "with \"minTakendownRecordsCount\" of the wrong type or format",
      {
        "minTakendownRecordsCount": "not-a-number"
      }
    ],
    [
      "with \"minPriorityScore\" of the wrong type or format",
      {
        "minPriorityScore": "not-a-number"
      }
    ],
    [
      "with \"minStrikeCount\" of the wrong type or format",
      {
        "minStrikeCount": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "subjectStatuses": []
    }
  },
  "invalidOutput": {}
})
