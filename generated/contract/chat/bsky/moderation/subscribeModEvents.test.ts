/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/chat/bsky/moderation/subscribeModEvents.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/chat/bsky/moderation/subscribeModEvents.js'
import { contractSubscription } from '../../../harness.js'

contractSubscription(M, {
  "params": {}
})
