import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { SqliteReplayStore } from './replay-store.js'

describe('SqliteReplayStore', () => {
  const dirs: string[] = []
  const stores: SqliteReplayStore[] = []
  const open = (location: string) => {
    const store = new SqliteReplayStore(location)
    stores.push(store)
    return store
  }
  const tempFile = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'replay-'))
    dirs.push(dir)
    return path.join(dir, 'pds.replay.sqlite')
  }
  afterEach(() => {
    for (const store of stores.splice(0)) store.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('lives beside the main database file', () => {
    expect(SqliteReplayStore.locationBeside('/var/pds/pds.sqlite')).toBe('/var/pds/pds.replay.sqlite')
    expect(SqliteReplayStore.locationBeside(':memory:')).toBe(':memory:')
  })

  it('refuses a key a second time, also when another connection (process) claimed it', async () => {
    const file = tempFile()
    const [one, two] = [open(file), open(file)]
    const later = new Date(Date.now() + 60_000)
    expect(await one.claim('dpop:a', later)).toBe(true)
    expect(await one.claim('dpop:a', later)).toBe(false)
    expect(await two.claim('dpop:a', later)).toBe(false)
    expect(await two.claim('dpop:b', later)).toBe(true)
  })

  it('keeps its claims across a restart and lets an expired key be claimed again', async () => {
    const file = tempFile()
    const first = open(file)
    expect(await first.claim('dpop:live', new Date(Date.now() + 60_000))).toBe(true)
    expect(await first.claim('dpop:gone', new Date(Date.now() - 1))).toBe(true)
    first.close()
    const again = open(file)
    expect(await again.claim('dpop:live', new Date(Date.now() + 60_000))).toBe(false)
    expect(await again.claim('dpop:gone', new Date(Date.now() + 60_000))).toBe(true)
    expect(again.forgetsBefore).toBeGreaterThanOrEqual(first.forgetsBefore)
  })
})
