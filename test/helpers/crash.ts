/**
 * Runs test/fixtures/crash-writer.ts in a child process until it has acknowledged enough
 * writes, kills it with SIGKILL mid-write, and returns every uri it acknowledged.
 *
 * @module
 */
import { spawn } from 'node:child_process'

/** Options of {@link runWriterAndKill}. */
export interface CrashRun {
  /** the database config the child opens (JSON of a DatabaseConfig) */
  config: string
  did: string
  /** the repo signing key, as hex */
  keyHex: string
  /** also append firehose events in each commit's transaction */
  events?: boolean
  /** acknowledged writes to wait for before the kill */
  acksBeforeKill: number
}

/**
 * @example
 * const acked = await runWriterAndKill({ config: JSON.stringify(tdb.config), did, keyHex, acksBeforeKill: 150 })
 */
export function runWriterAndKill(run: CrashRun): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', 'test/fixtures/crash-writer.ts', run.config, run.did, run.keyHex]
    if (run.events) args.push('events')
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: string[] = []
    let pending = ''
    let stderr = ''
    let killed = false
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (data: string) => {
      pending += data
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4))
      if (!killed && acked.length >= run.acksBeforeKill) {
        killed = true
        child.kill('SIGKILL')
      }
    })
    child.stderr.on('data', (data: Buffer) => {
      stderr += data.toString()
    })
    child.once('error', reject)
    child.once('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acked)
      else reject(new Error(`the writer exited on its own: ${stderr}`))
    })
  })
}
