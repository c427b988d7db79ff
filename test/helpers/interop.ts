/**
 * Access to the vendored atproto interop vectors, which live beside the project at `../shared/interop`
 * (see that folder's README). No fixture data is copied into the project; where the folder is absent,
 * the tests that need it are skipped with a notice, except in CI (`CI=true`), where that fails the run.
 *
 * @module
 */

import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, it } from 'vitest'
import { IN_CI } from './ci.js'

/**
 * Absolute path of the interop vectors folder: `<project root>/../shared/interop`, or
 * `PDS_TEST_INTEROP_DIR` (e.g. for a git worktree, whose parent folder differs).
 */
export const INTEROP_DIR: string = resolve(
  process.env.PDS_TEST_INTEROP_DIR || resolve(import.meta.dirname, '../../../shared/interop'),
)

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
 * `describe` for tests that read the interop vectors: skipped, with a warning, when the folder is absent;
 * in CI an absent folder is an error, so a run cannot pass without the vectors.
 *
 * @example
 * describeInterop('did vectors', () => { … })
 */
export function describeInterop(name: string, fn: () => void): void {
  if (hasInterop) {
    describe(name, fn)
    return
  }
  if (IN_CI) {
    throw new Error(
      `CI=true but the interop vectors are missing at ${INTEROP_DIR} (needed by "${name}"): ` +
        'check out the atproto interop-test-files there (see ../shared/interop/README.md)',
    )
  }
  console.warn(`interop vectors at ${INTEROP_DIR} are absent, so the tests in "${name}" were skipped`)
  // @NOTE `fn` is not run: vitest collects a skipped suite by calling it, and it may read the vectors
  describe.skip(name, () => {
    it('needs the interop vectors', () => {})
  })
}
