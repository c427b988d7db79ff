/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/contact/removeData.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/app/bsky/contact/removeData.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "input": {
    "encoding": "application/json",
    "body": {}
  },
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {}
  }
})
