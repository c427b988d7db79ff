/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/moderation/getRepos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/moderation/getRepos.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {
    "dids": [
      "did:plc:abcdefghijklmnopqrstuvwx"
    ]
  },
  "invalidParams": [
    [
      "without the required \"dids\"",
      {}
    ],
    [
      "with \"dids\" of the wrong type or format",
      {
        "dids": "not valid!"
      }
    ]
  ],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "repos": []
    }
  },
  "invalidOutput": {}
})
