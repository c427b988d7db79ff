/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/set/upsertSet.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/set/upsertSet.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {
      "name": "aaa"
    }
  },
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "name": "aaa",
      "setSize": 0,
      "createdAt": "2024-01-02T03:04:05.678Z",
      "updatedAt": "2024-01-02T03:04:05.678Z"
    }
  }
})
