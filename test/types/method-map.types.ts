/**
 * @module
 * Type-level tests, checked by `npm run typecheck`: the map of every method must place each
 * NSID (a handler, `rt.proxied` or `rt.unserved`), so a Lexicon method nobody decided on, or
 * a marker in place of a wrong handler, fails to compile; and the generated `error` helpers
 * take only the names their method declares.
 */
import { expectTypeOf } from 'vitest'
import { type MethodId, type MethodMap, rt } from '#generated/index.js'
import * as CreateRecord from '#generated/lexicons/com/atproto/repo/createRecord.js'
import * as CreateSession from '#generated/lexicons/com/atproto/server/createSession.js'
import { methodMap } from '#src/api/index.js'
import type { AuthResult } from '#src/auth/types.js'
import type { AppContext } from '#src/context.js'

type Map = MethodMap<AppContext, AuthResult>

// the real map places every method
expectTypeOf(methodMap).toExtend<Map>()

// @ts-expect-error a map without one method's key does not compile
export const missingOne: Map = (({ 'com.atproto.sync.listHosts': _, ...rest }) => rest)(methodMap)

export const missingOneTyped = (() => {
  const { 'com.atproto.repo.createRecord': _, ...rest } = methodMap
  expectTypeOf(rest).not.toExtend<Map>()
  return rest
})()

export const marked: Map = { ...methodMap, 'com.atproto.repo.createRecord': rt.unserved('say why') }

// @ts-expect-error a marker is a NotServed value, not a bare string
export const bareString: Map = { ...methodMap, 'com.atproto.repo.createRecord': 'unserved' }

// every NSID of the Lexicon set is a key
expectTypeOf<keyof Map>().toEqualTypeOf<MethodId>()

// the generated error helpers take the declared names only
CreateRecord.error('InvalidSwap', 'the commit moved')
CreateSession.error('AuthFactorTokenRequired', 'a sign-in code is needed', { status: 401 })
// @ts-expect-error createRecord declares no AccountTakedown
CreateRecord.error('AccountTakedown', 'no')
