/**
 * Access to the vendored atproto interop vectors, which live beside the project at `../shared/interop`
 * (see that folder's README). No fixture data is copied into the project; where the folder is absent,
 * the tests that need it are skipped with a notice.
 *
 * @module
 */

import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it } from 'vitest'

// @NOTE a git worktree of the project sits one level deeper (`/work/wt/<name>`) than the main
// checkout, so the folder is looked for beside the project and beside its parent
const CANDIDATES = ['../../../shared/interop', '../../../../shared/interop'].map((rel) =>
  resolve(import.meta.dirname, rel),
)

/** Absolute path of the interop vectors folder: `<project root>/../shared/interop` (or one level up). */
export const INTEROP_DIR: string = CANDIDATES.find((dir) => existsSync(dir)) ?? (CANDIDATES[0] as string)

/** Whether the interop vectors folder exists on this machine. */
export const hasInterop: boolean = existsSync(INTEROP_DIR)

/**
 * Reads a line-per-case file (`syntax/*.txt`): skips blank lines and `#` comments, keeps every other line
 * exactly as written (no trimming; some cases hinge on trailing spaces).
 *
 * @example
 * readInteropLines('syntax/did_syntax_valid.txt') // ['did:method:val', …]
 */
export function readInteropLines(rel: string): string[] {
  return readFileSync(resolve(INTEROP_DIR, rel), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/**
 * Reads and parses a JSON fixture file.
 *
 * @example
 * const cases = readInteropJson<{ json: unknown; cid: string }[]>('data-model/data-model-fixtures.json')
 */
export function readInteropJson<T>(rel: string): T {
  return JSON.parse(readFileSync(resolve(INTEROP_DIR, rel), 'utf8')) as T
}

/**
 * `describe` for tests that read the interop vectors: skipped, with a warning, when the folder is absent.
 *
 * @example
 * describeInterop('did vectors', () => { … })
 */
export function describeInterop(name: string, fn: () => void): void {
  if (hasInterop) {
    describe(name, fn)
    return
  }
  console.warn(`interop vectors at ${INTEROP_DIR} are absent, so the tests in "${name}" were skipped`)
  // @NOTE `fn` is not run: vitest collects a skipped suite by calling it, and it may read the vectors
  describe.skip(name, () => {
    it('needs the interop vectors', () => {})
  })
}
