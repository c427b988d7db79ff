import { randomBytes } from 'node:crypto'
import fsCallbacks, { readlinkSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { readConfig } from '#src/config.js'
import { loadSecrets } from '#src/secrets.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

/**
 * Records, in order, every fsync (by the path of the synced file or directory) and every
 * rename of this process. The real calls still run.
 */
async function traceDiskWrites(): Promise<{ events: string[]; stop(): void }> {
  const events: string[] = []
  const probe = await fs.open(os.tmpdir(), 'r')
  const proto = Object.getPrototypeOf(probe) as { sync(this: { fd: number }): Promise<void> }
  await probe.close()
  const sync = proto.sync
  const syncSpy = vi.spyOn(proto, 'sync').mockImplementation(async function (this: { fd: number }) {
    events.push(`sync ${readlinkSync(`/proc/self/fd/${this.fd}`)}`)
    return sync.call(this)
  })
  const fsync = fsCallbacks.fsync
  const fsyncSpy = vi.spyOn(fsCallbacks, 'fsync').mockImplementation((fd, callback) => {
    events.push(`sync ${readlinkSync(`/proc/self/fd/${fd}`)}`)
    return fsync(fd, callback)
  })
  const rename = fs.rename
  const renameSpy = vi.spyOn(fs, 'rename').mockImplementation(async (from, to) => {
    await rename(from, to)
    events.push(`rename ${String(from)} -> ${String(to)}`)
  })
  return {
    events,
    stop() {
      syncSpy.mockRestore()
      fsyncSpy.mockRestore()
      renameSpy.mockRestore()
    },
  }
}

/** Index of the first event matching `pattern` (-1 if none). */
const indexOf = (events: string[], pattern: RegExp) => events.findIndex((event) => pattern.test(event))
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('secrets.json is durable before it counts', () => {
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-secrets-'))
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  it('fsyncs the file before renaming it into place, and the data directory after', async () => {
    const trace = await traceDiskWrites()
    try {
      const dataDirectory = path.join(dir, 'data')
      await loadSecrets(readConfig({ PDS_DATA_DIRECTORY: dataDirectory }))
      const file = path.join(dataDirectory, 'secrets.json')
      const synced = indexOf(trace.events, new RegExp(`^sync ${escapeRegExp(file)}\\.\\d+\\.tmp$`))
      const renamed = indexOf(trace.events, new RegExp(`^rename .* -> ${escapeRegExp(file)}$`))
      const dirSynced = trace.events.lastIndexOf(`sync ${dataDirectory}`)
      expect(synced).toBeGreaterThanOrEqual(0)
      expect(renamed).toBeGreaterThan(synced)
      expect(dirSynced).toBeGreaterThan(renamed)
    } finally {
      trace.stop()
    }
  })
})

describe.each(dialects())('blob files are durable before they count (%s)', (dialect) => {
  let pds: TestServer
  let alice: TestAccount

  beforeAll(async () => {
    pds = await startTestServer({ dialect })
    alice = await signUp(pds)
  })
  afterAll(() => pds?.close())
  afterEach(() => vi.restoreAllMocks())

  it('fsyncs an upload before it is renamed, and the blob directory before the commit that links it answers', async () => {
    const trace = await traceDiskWrites()
    try {
      const bytes = randomBytes(10_000)
      const { data } = await alice.agent.com.atproto.repo.uploadBlob(bytes, { encoding: 'application/octet-stream' })
      const part = indexOf(trace.events, /^sync .*\/temp\/[0-9a-f]{32}\.part$/)
      const partRenamed = indexOf(trace.events, /^rename .*\/temp\/[0-9a-f]{32}\.part -> /)
      expect(part).toBeGreaterThanOrEqual(0)
      expect(partRenamed).toBeGreaterThan(part)

      await alice.agent.com.atproto.repo.createRecord({
        repo: alice.did,
        collection: 'com.example.file',
        record: { $type: 'com.example.file', file: data.blob },
      })
      const cid = data.blob.ref.toString()
      const blobDir = path.join(pds.ctx.config.blobstoreDiskLocation, 'blobs', alice.did)
      const moved = indexOf(trace.events, new RegExp(`^rename .* -> ${escapeRegExp(path.join(blobDir, cid))}$`))
      expect(moved).toBeGreaterThan(partRenamed)
      expect(trace.events.slice(moved)).toContain(`sync ${blobDir}`)
    } finally {
      trace.stop()
    }
  })
})
