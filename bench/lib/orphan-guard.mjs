/**
 * @module
 * Preloaded into every server the bench starts (`node --import <this file> ...`): when the
 * bench process that started it dies without stopping it (kill -9, a crash), the server
 * sends itself SIGTERM within a second, so nothing is left running. Costs one timer a second.
 */
const parent = Number(process.env.BENCH_PARENT_PID)
if (parent > 0) {
  const timer = setInterval(() => {
    let alive = process.ppid === parent
    if (alive) {
      try {
        process.kill(parent, 0)
      } catch {
        alive = false
      }
    }
    if (!alive) {
      clearInterval(timer)
      process.kill(process.pid, 'SIGTERM')
      // @NOTE a server that ignores SIGTERM must still go
      setTimeout(() => process.exit(1), 5_000).unref()
    }
  }, 1_000)
  timer.unref()
}
