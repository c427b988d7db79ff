/**
 * @module
 * Preloaded by bench/mem-phases.ts into the server it measures (`node --import <this file>`):
 * on SIGUSR2 the server writes what only it can see of its memory, `process.memoryUsage()` and
 * V8's heap-space and code statistics, as JSON to `$BENCH_MEM_FILE` (then `<file>.done`), so
 * the bench can set it beside /proc's view. Nothing runs until the signal comes.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import v8 from 'node:v8'

const file = process.env.BENCH_MEM_FILE
if (file) {
  process.on('SIGUSR2', () => {
    const report = {
      memory: process.memoryUsage(),
      spaces: v8.getHeapSpaceStatistics().map((s) => ({
        name: s.space_name,
        size: s.space_size,
        used: s.space_used_size,
        physical: s.physical_space_size,
      })),
      code: v8.getHeapCodeStatistics(),
      heap: v8.getHeapStatistics(),
    }
    // @NOTE a heap snapshot only when asked: `<file>.snapshot` names where to write it
    if (existsSync(`${file}.snapshot`)) v8.writeHeapSnapshot(readFileSync(`${file}.snapshot`, 'utf8').trim())
    writeFileSync(`${file}.tmp`, JSON.stringify(report))
    renameSync(`${file}.tmp`, `${file}.done`)
  })
}
