/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/sync/subscribeRepos.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as M from '../../../../lexicons/com/atproto/sync/subscribeRepos.js'
import { contractSubscription } from '../../../harness.js'

contractSubscription(M, {
  "params": {}
})
