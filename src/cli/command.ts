/**
 * What every CLI command receives: the client, its arguments and flags, and the output.
 *
 * @module
 */
import type { AdminClient } from './admin-client.js'
import { CliError, EXIT } from './admin-client.js'
import type { Output } from './output.js'

/** The flags `pds-admin` knows (each command uses a few). */
export interface Flags {
  json?: boolean
  email?: string
  handle?: string
  'invite-code'?: string
  'new-password'?: string
  'signing-key'?: string
  ref?: string
  limit?: string
  cursor?: string
  uses?: string
  count?: string
  for?: string[]
  account?: string[]
  sort?: string
  subject?: string
  action?: string
}

/** One command's input. */
export interface CommandContext {
  client: AdminClient
  args: readonly string[]
  flags: Flags
  io: Output
}

/** A command: prints its result, or throws a {@link CliError}. */
export type Command = (ctx: CommandContext) => Promise<void>

/** Prints `value` as JSON when `--json` was given, else `human()`. */
export function print(ctx: CommandContext, value: unknown, human: () => string): void {
  ctx.io.out(ctx.flags.json ? `${JSON.stringify(value, null, 2)}\n` : human())
}

/** The `index`th argument, named `name` in the error when it is missing. */
export function arg(ctx: CommandContext, index: number, name: string): string {
  const value = ctx.args[index]
  if (value === undefined || value === '') throw new CliError(`Missing <${name}>`, EXIT.usage)
  return value
}

/** A positive integer flag. */
export function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--${name} must be a positive integer`, EXIT.usage)
  return n
}

/** The DID of a handle or DID, asking the PDS to resolve handles. */
export async function didOf(ctx: CommandContext, handleOrDid: string): Promise<string> {
  if (handleOrDid.startsWith('did:')) return handleOrDid
  const { did } = await ctx.client.query<{ did: string }>('com.atproto.identity.resolveHandle', {
    handle: handleOrDid.replace(/^@/, ''),
  })
  return did
}
