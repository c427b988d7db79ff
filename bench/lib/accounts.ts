/**
 * @module
 * Accounts for the load, made the way a real client makes them: @atproto/api's AtpAgent calls
 * createAccount, then logs in. The load itself then uses the session's access token.
 */
import { randomBytes } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import { REQUEST_TIMEOUT_MS } from './xrpc.js'

/** A logged-in account on one server. */
export interface BenchAccount {
  service: string
  did: string
  handle: string
  /** Its password, for the login benchmark. */
  password: string
  accessJwt: string
}

/**
 * Creates an account with a fresh `.test` handle and logs in. Errors (a 501 from a server that
 * lacks createAccount, say) propagate with their HTTP status.
 *
 * @example
 *   const alice = await createBenchAccount(server.url)
 *   // xrpc(alice.service, 'com.atproto.repo.createRecord', { token: alice.accessJwt, body })
 */
export async function createBenchAccount(service: string): Promise<BenchAccount> {
  const name = `b${randomBytes(5).toString('hex')}`
  const handle = `${name}.test`
  const password = randomBytes(12).toString('hex')
  // @NOTE a server that stops answering must fail the call, not hang the bench
  const agent = new AtpAgent({
    service,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  })
  await agent.createAccount({ handle, email: `${name}@example.com`, password })
  await agent.login({ identifier: handle, password })
  const session = agent.session
  if (!session) throw new Error(`login to ${service} as ${handle} gave no session`)
  return { service, did: session.did, handle, password, accessJwt: session.accessJwt }
}
