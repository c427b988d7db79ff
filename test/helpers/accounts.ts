/**
 * Accounts for tests, made the way a client makes them: through @atproto/api.
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import { AtpAgent } from '@atproto/api'
import type { TestServer } from './test-server.js'

/** An account signed up on a test server, with an agent logged in as it. */
export interface TestAccount {
  agent: AtpAgent
  did: string
  handle: string
  email: string
  password: string
}

/**
 * Signs up an account with `AtpAgent.createAccount` and returns the logged-in agent.
 * The handle defaults to a random `u<hex>.test`.
 *
 * @example
 * const alice = await signUp(pds, { handle: 'alice.test' })
 * await alice.agent.com.atproto.repo.createRecord({ repo: alice.did, ... })
 */
export async function signUp(
  pds: Pick<TestServer, 'url'>,
  opts: { handle?: string; email?: string; password?: string } = {},
): Promise<TestAccount> {
  const name = randomBytes(5).toString('hex')
  const handle = opts.handle ?? `u${name}.test`
  const email = opts.email ?? `${handle.split('.')[0]}@example.com`
  const password = opts.password ?? `pw-${randomBytes(8).toString('hex')}`
  const agent = new AtpAgent({ service: pds.url })
  const { data } = await agent.createAccount({ handle, email, password })
  return { agent, did: data.did, handle: data.handle, email, password }
}
