/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/getSubjectStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/getSubjectStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [
    [
      "with \"did\" of the wrong type or format",
      {
        "did": "not valid!"
      }
    ],
    [
      "with \"uri\" of the wrong type or format",
      {
        "uri": "not valid!"
      }
    ],
    [
      "with \"blob\" of the wrong type or format",
      {
        "blob": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    }
  },
  "invalidOutput": {}
})
