/**
 * @module
 * Reads the V8 CPU profile a child wrote (`--cpu-prof --cpu-prof-dir=<dir>`) and prints the
 * functions and packages with the most self time.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface Profile {
  startTime: number
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** A span of the profile's clock (µs, monotonic, as `process.hrtime.bigint() / 1000n` reads it). */
export interface SampleWindow {
  start: number
  end: number
}

/**
 * Prints self time by package and by function (the `top` heaviest) of the profile in `dir`,
 * counting only the samples inside `window` when one is given.
 *
 * @example
 * const ours = await startOurs({ plcUrl, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] })
 * // ... load, then ours.stop()
 * printCpuProfile(dir, 25)
 */
export function printCpuProfile(dir: string, top: number, window?: SampleWindow): void {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
  if (!file) throw new Error(`no profile was written in ${dir}`)
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile
  const selfTime = new Map<number, number>()
  let at = profile.startTime
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (window && (at < window.start || at > window.end)) return
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta)
  })
  const total = [...selfTime.values()].reduce((a, b) => a + b, 0)
  const byFunction = new Map<string, number>()
  const byPackage = new Map<string, number>()
  for (const node of profile.nodes) {
    const t = selfTime.get(node.id) ?? 0
    if (t === 0) continue
    const { functionName, url, lineNumber } = node.callFrame
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|generated|codegen)\//, '$1/')
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + t)
    const pkg = url.includes('node_modules/')
      ? (url
          .split('node_modules/')
          .pop()
          ?.split('/')
          .slice(0, url.includes('node_modules/@') ? 2 : 1)
          .join('/') ?? '?')
      : url.startsWith('node:') || url === ''
        ? functionName.startsWith('(')
          ? functionName
          : 'node internals'
        : (url.match(/\/(src|generated|codegen)\//)?.[1] ?? 'other')
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t)
  }
  const show = (title: string, map: Map<string, number>, n: number) => {
    console.log(`\n${title}`)
    for (const [key, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`  ${((t / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
    }
  }
  show('Self time by package:', byPackage, 20)
  show(`Self time by function (top ${top}):`, byFunction, top)
}
