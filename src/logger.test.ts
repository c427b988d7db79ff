import { openSync } from 'node:fs'
import { Writable } from 'node:stream'
import { expect, it } from 'vitest'
import { createLogger, logDestination } from './logger.js'

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

it('holds no more than its bound of lines waiting for a slow stdout, dropping the rest', async () => {
  const fd = openSync('/dev/null', 'w')
  const stream = logDestination(fd, 64 * 1024) as ReturnType<typeof logDestination> & NodeJS.EventEmitter
  let dropped = 0
  stream.on('drop', () => dropped++)
  const line = `${'x'.repeat(1023)}\n`
  // @NOTE one tick: the first write is still in flight, so every later line waits in memory
  for (let i = 0; i < 1_000; i++) stream.write(line)
  expect(dropped).toBeGreaterThan(1_000 - 70)
  expect(dropped).toBeLessThan(1_000 - 60)
  await new Promise((resolve) => {
    stream.once('close', resolve)
    ;(stream as unknown as { end(): void }).end()
  })
})
