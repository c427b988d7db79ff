/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/dev/lexiconpds/admin/requestCrawl.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/dev/lexiconpds/admin/requestCrawl.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "relays": []
    }
  },
  "invalidOutput": {}
})
