/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/dev/lexiconpds/admin/getAuditLog.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/dev/lexiconpds/admin/getAuditLog.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"limit\" of the wrong type or format",
      {
        "limit": "not-a-number"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "entries": []
    }
  },
  "invalidOutput": {}
})
