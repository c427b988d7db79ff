/**
 * @module
 * Type-level tests, checked by `npm run typecheck` (tsc fails when a `@ts-expect-error`
 * below stops being an error): the generated handler types accept a correct handler
 * and reject a mistyped one.
 */
import type { Handlers } from '#generated/handlers.js'
import type * as GetRecord from '#generated/lexicons/com/atproto/repo/getRecord.js'
import type * as DescribeServer from '#generated/lexicons/com/atproto/server/describeServer.js'

type Ctx = { hostname: string }

export const good: DescribeServer.Handler<Ctx> = ({ ctx }) => ({
  encoding: 'application/json',
  body: { did: `did:web:${ctx.hostname}`, availableUserDomains: ['.test'] },
})

export const missingField: DescribeServer.Handler<Ctx> = () => ({
  encoding: 'application/json',
  // @ts-expect-error the output lacks the required `availableUserDomains`
  body: { did: 'did:web:x' },
})

export const wrongType: DescribeServer.Handler<Ctx> = () => ({
  encoding: 'application/json',
  // @ts-expect-error `did` must be a string
  body: { did: 1, availableUserDomains: [] },
})

// @ts-expect-error only the errors the Lexicon declares may be returned by name
export const undeclaredError: GetRecord.Handler<Ctx> = () => ({ status: 400, error: 'NoSuchThing' })

export const declaredError: GetRecord.Handler<Ctx> = ({ params }) => {
  const collection: string = params.collection
  return { status: 400, error: 'RecordNotFound', message: `nothing in ${collection}` }
}

export const map: Partial<Handlers<Ctx>> = {
  'com.atproto.server.describeServer': good,
  // @ts-expect-error a handler registered under another method's NSID does not fit
  'com.atproto.repo.getRecord': good,
}
