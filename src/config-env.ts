/** The environment as read by `readConfig`: variable name -> value. */
export type Environment = Readonly<Record<string, string | undefined>>

/** A setting has a value the PDS cannot use; the message names the variable. */
export class ConfigError extends Error {
  /**
   * @param variable the environment variable at fault
   * @param value what it holds, or a placeholder when it may be secret
   * @param expected what a good value looks like
   */
  constructor(
    readonly variable: string,
    value: string,
    expected: string,
  ) {
    super(`Invalid ${variable}=${JSON.stringify(value)}: ${expected}`)
    this.name = 'ConfigError'
  }
}

/** The trimmed value, or undefined when unset or empty (as docker `.env` files leave them). */
export function envString(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim()
  return value ? value : undefined
}

/** An integer within bounds. */
export function envInteger(env: Environment, name: string, bounds: { min?: number; max?: number }): number | undefined {
  const raw = envString(env, name)
  if (raw === undefined) return undefined
  const value = Number(raw)
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds
  if (!/^-?\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, raw, `expected an integer from ${min} to ${max}`)
  }
  return value
}

/** `true`/`false` (also `1`/`0`, `yes`/`no`, `t`/`f`). */
export function envBoolean(env: Environment, name: string): boolean | undefined {
  const raw = envString(env, name)
  if (raw === undefined) return undefined
  const lower = raw.toLowerCase()
  if (['true', '1', 'yes', 't'].includes(lower)) return true
  if (['false', '0', 'no', 'f'].includes(lower)) return false
  throw new ConfigError(name, raw, 'expected true or false')
}

/** A comma-separated list; empty items are dropped. */
export function envList(env: Environment, name: string): string[] | undefined {
  const raw = envString(env, name)
  if (raw === undefined) return undefined
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** An absolute URL with one of the allowed protocols. */
export function envUrl(env: Environment, name: string, protocols = ['http:', 'https:']): string | undefined {
  const raw = envString(env, name)
  if (raw === undefined) return undefined
  const url = URL.canParse(raw) ? new URL(raw) : undefined
  if (!url || !protocols.includes(url.protocol)) {
    throw new ConfigError(name, raw, `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`)
  }
  return raw
}

/** Hex of exactly `bytes` bytes, lower-cased. The value is secret, so errors never echo it. */
export function envHex(env: Environment, name: string, bytes: number): string | undefined {
  const raw = envString(env, name)
  if (raw === undefined) return undefined
  if (!new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(raw)) {
    throw new ConfigError(name, '(hidden)', `expected ${bytes * 2} hexadecimal characters`)
  }
  return raw.toLowerCase()
}
