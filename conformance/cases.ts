/**
 * @module
 * The generated conformance cases (`generated/conformance/<nsid path>.json`) and how one case
 * becomes a request: the valid sample, the setup's real values laid over it, then the case's
 * one change.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ConformanceCase, Json, MethodConformance, RecordConformance } from '../codegen/conformance.js'

export type { ConformanceCase, Json, MethodConformance, RecordConformance }

const CASES_DIR = resolve(import.meta.dirname, '..', 'generated', 'conformance')

/** The cases of a method or record type, or undefined when none were generated (a subscription). */
export function loadCases(nsid: string): MethodConformance | RecordConformance | undefined {
  const file = `${join(CASES_DIR, ...nsid.split('.'))}.json`
  if (!existsSync(file)) return undefined
  return JSON.parse(readFileSync(file, 'utf8')) as MethodConformance | RecordConformance
}

/** A JSON object. */
export type JsonObject = { [key: string]: Json }

/** The path a fill key names: `input/embed#1` -> `['embed']`. */
function fillPath(key: string): string[] {
  return (key.split('#')[0] as string).split('/').slice(1)
}

/** A copy of `root` with the value at `path` set (or removed when `value` is undefined). */
export function setAt(root: Json, path: readonly string[], value: Json | undefined): Json {
  if (path.length === 0) return value as Json
  const copy = structuredClone(root) as JsonObject
  let node = copy
  for (const key of path.slice(0, -1)) {
    const child = node[key]
    if (child === null || typeof child !== 'object') throw new Error(`no ${path.join('/')} in the value to change`)
    node = child as JsonObject
  }
  const last = path[path.length - 1] as string
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

/**
 * Applies one case to the valid value of its part (params, input or record): first its fill
 * (an optional part it breaks something inside of), then its change.
 */
export function applyCase(valid: Json, c: ConformanceCase, fills: { [key: string]: Json }): Json {
  let value = valid
  if (c.fill !== undefined) value = setAt(value, fillPath(c.fill), fills[c.fill] as Json)
  return setAt(value, c.path, c.remove ? undefined : c.value)
}
