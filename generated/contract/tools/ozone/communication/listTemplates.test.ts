/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/communication/listTemplates.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/tools/ozone/communication/listTemplates.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/json",
    "body": {
      "communicationTemplates": []
    }
  },
  "invalidOutput": {}
})
