import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { type MemoryLogger, memoryLogger } from '../helpers/memory-logger.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

describe.each(dialects())('malformed input (%s)', (dialect) => {
  let pds: TestServer
  let log: MemoryLogger
  let alice: TestAccount

  beforeAll(async () => {
    log = memoryLogger()
    pds = await startTestServer({ dialect, logger: log.logger })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())

  const get = async (path: string) => {
    const res = await fetch(`${pds.url}/xrpc/${path}`)
    return { status: res.status, body: (await res.json()) as { error: string; message: string } }
  }

  it('answers a malformed JSON body with a generic message that quotes nothing of it, in the response or the log', async () => {
    const secret = 'hunter2-Sup3rSecret'
    const res = await fetch(`${pds.url}/xrpc/com.atproto.server.createSession`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // @NOTE V8 quotes the text around an unexpected token in its message
      body: `{"identifier":"${alice.handle}","password":"${secret}" oops}`,
    })
    const text = await res.text()
    expect(res.status).toBe(400)
    expect(JSON.parse(text)).toEqual({ error: 'InvalidRequest', message: 'Malformed JSON in request body' })
    expect(text).not.toContain('hunter2')
    expect(log.text()).not.toContain('hunter2')
    expect(log.text()).not.toContain('oops')
    expect(log.text()).not.toContain('position')
  })
})
