/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/actor/exportAccountData.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/actor/exportAccountData.js'
import { contractMethod } from '../../../harness.js'

contractMethod(M, {
  "type": "query",
  "params": {},
  "invalidParams": [],
  "invalidInputs": [],
  "output": {
    "encoding": "application/jsonl",
    "body": null
  }
})
