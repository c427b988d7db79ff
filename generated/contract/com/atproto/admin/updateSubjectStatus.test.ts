/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/admin/updateSubjectStatus.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/admin/updateSubjectStatus.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "subject": {
        "$type": "com.atproto.admin.defs#repoRef",
        "did": "did:plc:abcdefghijklmnopqrstuvwx"
      }
    }
  },
  "invalidInputs": [
    [
      "without the required \"subject\"",
      {}
    ],
    [
      "with \"subject\" of the wrong type",
      {
        "subject": "a string where it does not belong"
      }
    ],
    [
      "with \"takedown\" of the wrong type",
      {
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "takedown": "a string where it does not belong"
      }
    ],
    [
      "with \"deactivated\" of the wrong type",
      {
        "subject": {
          "$type": "com.atproto.admin.defs#repoRef",
          "did": "did:plc:abcdefghijklmnopqrstuvwx"
        },
        "deactivated": "a string where it does not belong"
      }
    ]
  ],
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
