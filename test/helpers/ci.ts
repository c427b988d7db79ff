/**
 * Whether the tests run in CI, where nothing may be skipped quietly.
 *
 * @module
 */

/** True when `CI` is set to `true` or `1` (as .ci/run and most CI services do). */
export const IN_CI: boolean = ['true', '1'].includes((process.env.CI ?? '').toLowerCase())
