/**
 * Writes that survive a power loss: file data is fsynced before the file is renamed into
 * place, and the directory is fsynced after, so the new name itself is on disk.
 *
 * @NOTE without these, a rename can reach the disk before the data it names (or not at
 * all), so a crash after a committed write could leave a record pointing at a missing or
 * empty blob, or an empty secrets.json (losing the PLC rotation key).
 * @module
 */
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Fsyncs a directory, so the entries created, renamed or removed in it are durable.
 *
 * @example
 * await fs.rename(temp, file)
 * await syncDirectory(path.dirname(file))
 */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * `mkdir -p` that makes every directory it creates durable (each created one and its parent
 * are fsynced). `mode` applies to the directories it creates.
 *
 * @example
 * await makeDirectoryDurably(path.join(root, 'blobs', did))
 */
export async function makeDirectoryDurably(dir: string, mode = 0o777): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true, mode })
  if (first === undefined) return
  // @NOTE from the new leaf up to the parent of the first directory created
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    await syncDirectory(at)
    if (at === path.resolve(first)) {
      await syncDirectory(path.dirname(at))
      return
    }
  }
}

/**
 * Replaces `file` with `data` atomically and durably: written to a temp file beside it
 * (created with `mode`), fsynced, renamed over `file`, and the directory fsynced.
 *
 * @example
 * await writeFileDurably(path.join(dir, 'secrets.json'), json, 0o600)
 */
export async function writeFileDurably(file: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  const handle = await fs.open(temp, 'w', mode)
  try {
    await handle.chmod(mode)
    await handle.writeFile(data)
    await handle.sync()
  } catch (err) {
    await handle.close()
    await fs.rm(temp, { force: true })
    throw err
  }
  await handle.close()
  await fs.rename(temp, file)
  await syncDirectory(path.dirname(file))
}
