/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/server/activateAccount.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/server/activateAccount.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "procedure",
  "params": {},
  "invalidParams": [],
  "invalidInputs": []
})
