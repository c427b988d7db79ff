import { Writable } from 'node:stream'
import { expect, it } from 'vitest'
import { createLogger } from './logger.js'

it('redacts passwords, tokens, keys and authorization headers', () => {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const logger = createLogger({ logLevel: 'info' }, sink)
  logger.info({
    password: 'hunter2',
    body: { accessJwt: 'eyJaccess', refreshJwt: 'eyJrefresh' },
    req: { headers: { authorization: 'Bearer eyJtoken', 'user-agent': 'test' } },
    secrets: { jwtSecret: 'abc' },
  })
  const line = lines.join('')
  for (const secret of ['hunter2', 'eyJaccess', 'eyJrefresh', 'eyJtoken', 'abc"']) expect(line).not.toContain(secret)
  expect(line).toContain('user-agent')
})
