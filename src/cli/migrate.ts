/**
 * @module
 * `pds-migrate`: moves an account from one PDS to another (ours or not), the way the
 * official migration guide does it, step by step. Every step first looks at where things
 * stand, so an interrupted run is simply run again: it skips what is done. `--dry-run` checks
 * and prints the plan, changing nothing.
 *
 * @example
 *   PDS_MIGRATE_PASSWORD=... npx pds-migrate --from https://old.example --identifier alice.old.example \
 *     --to https://new.example --handle alice.new.example --email alice@example.com
 *   # after the emailed code arrives:
 *   PDS_MIGRATE_PASSWORD=... npx pds-migrate ... --plc-token ABCDE-FGHIJ
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { type Client, createClient } from '#generated/client/index.js'

const HELP = `Usage: pds-migrate --from URL --identifier HANDLE --to URL --handle HANDLE --email EMAIL [options]

Moves an account from the PDS at --from to the PDS at --to: creates it there (deactivated),
copies the repo, the blobs and the preferences, moves the DID to the new PDS (a code is mailed
by the old PDS: run again with --plc-token), activates the new account and deactivates the old.
Run it again after an interruption: finished steps are skipped.

  --from URL           the old PDS
  --identifier ID      handle, email or DID of the account there
  --to URL             the new PDS
  --handle HANDLE      the handle on the new PDS
  --email EMAIL        the email on the new PDS
  --invite-code CODE   an invite code of the new PDS, if it needs one
  --plc-token CODE     the code the old PDS mailed (requestPlcOperationSignature)
  --dry-run            check everything and print the plan; change nothing
  -h, --help

Passwords come from the environment, never the command line: PDS_MIGRATE_PASSWORD (the old
account's) and PDS_MIGRATE_NEW_PASSWORD (the new one's; default: the same).

Exit codes: 0 done, 1 failed, 2 bad usage, 3 waiting for --plc-token.`

interface Options {
  from: string
  identifier: string
  to: string
  handle: string
  email: string
  inviteCode?: string
  plcToken?: string
  dryRun: boolean
  password: string
  newPassword: string
}

/** A failure the person running the command can act on; printed without a stack. */
class MigrationError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`)

function authed(service: string, accessJwt: string): Client {
  return createClient({ service, headers: { authorization: `Bearer ${accessJwt}` } })
}

async function login(service: string, identifier: string, password: string) {
  const { data } = await createClient({ service }).com.atproto.server.createSession({ identifier, password })
  return { did: data.did, handle: data.handle, client: authed(service, data.accessJwt), accessJwt: data.accessJwt }
}

/** Runs the migration; resolves with the exit code. */
export async function migrate(opts: Options): Promise<number> {
  const old = await login(opts.from, opts.identifier, opts.password)
  log(`old PDS: signed in as ${old.handle} (${old.did})`)
  const newServer = (await createClient({ service: opts.to }).com.atproto.server.describeServer()).data
  log(`new PDS: ${newServer.did}`)

  let fresh = await login(opts.to, old.did, opts.newPassword).catch(() => undefined)
  if (!fresh) {
    if (opts.dryRun) {
      log(`plan: create ${opts.handle} on the new PDS (deactivated), then copy the repo, blobs and preferences`)
      log('plan: then move the DID (the old PDS mails a code), activate the new account, deactivate the old')
      return 0
    }
    const { data: auth } = await old.client.com.atproto.server.getServiceAuth({
      aud: newServer.did,
      lxm: 'com.atproto.server.createAccount',
    })
    await createClient({
      service: opts.to,
      headers: { authorization: `Bearer ${auth.token}` },
    }).com.atproto.server.createAccount({
      did: old.did,
      handle: opts.handle,
      email: opts.email,
      password: opts.newPassword,
      ...(opts.inviteCode ? { inviteCode: opts.inviteCode } : {}),
    })
    log(`step 1: created ${opts.handle} on the new PDS, deactivated`)
    fresh = await login(opts.to, old.did, opts.newPassword)
  } else {
    log('step 1: the account already exists on the new PDS')
  }

  const status = (await fresh.client.com.atproto.server.checkAccountStatus()).data
  const oldHead = (await old.client.com.atproto.sync.getLatestCommit({ did: old.did })).data
  if (status.activated) {
    log('the new account is already active: nothing left to move')
    return 0
  }
  if (status.repoRev >= oldHead.rev && status.indexedRecords > 0) {
    log(`step 2: the repo is already there (${status.indexedRecords} records)`)
  } else if (opts.dryRun) {
    log('plan: copy the repo')
  } else {
    await copyRepo(opts, old, fresh)
  }
  if (!opts.dryRun) await copyBlobs(opts, old, fresh)
  if (!opts.dryRun) await copyPreferences(old.client, fresh.client)

  const { data: credentials } = await fresh.client.com.atproto.identity.getRecommendedDidCredentials()
  // @NOTE the DID document as the new PDS sees it, from getSession: every PDS serves that method
  const doc = ((await fresh.client.com.atproto.server.getSession()).data.didDoc ?? {}) as {
    service?: { id: string; serviceEndpoint: unknown }[]
  }
  const wanted = (credentials.services as { atproto_pds?: { endpoint: string } } | undefined)?.atproto_pds?.endpoint
  const current = doc.service?.find((entry) => entry.id.endsWith('#atproto_pds'))?.serviceEndpoint
  if (current !== wanted) {
    if (opts.dryRun) {
      log('plan: move the DID to the new PDS (the old PDS mails a code)')
      return 0
    }
    if (!opts.plcToken) {
      await old.client.com.atproto.identity.requestPlcOperationSignature()
      throw new MigrationError(
        'step 5: the old PDS has mailed a code to the account email: run this again with --plc-token <code>',
        3,
      )
    }
    const { data: signed } = await old.client.com.atproto.identity.signPlcOperation({
      token: opts.plcToken,
      ...credentials,
    })
    await fresh.client.com.atproto.identity.submitPlcOperation({ operation: signed.operation })
    log('step 5: the DID document now names the new PDS and its key')
  } else {
    log('step 5: the DID document already names the new PDS')
  }
  if (opts.dryRun) return 0
  await fresh.client.com.atproto.server.activateAccount()
  log('step 6: the new account is active')
  await old.client.com.atproto.server.deactivateAccount({})
  log('step 7: the old account is deactivated; the move is complete')
  return 0
}

type Session = Awaited<ReturnType<typeof login>>

/** Streams the old repo to a temporary file, then to importRepo with its length. */
async function copyRepo(opts: Options, old: Session, fresh: Session): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pds-migrate-'))
  const file = path.join(dir, 'repo.car')
  try {
    const res = await fetch(`${opts.from}/xrpc/com.atproto.sync.getRepo?did=${encodeURIComponent(old.did)}`, {
      headers: { authorization: `Bearer ${old.accessJwt}` },
    })
    if (!res.ok || !res.body) throw new MigrationError(`getRepo on the old PDS answered ${res.status}`)
    await pipeline(Readable.fromWeb(res.body as never), fs.createWriteStream(file))
    const size = fs.statSync(file).size
    log(`step 2: exported the repo (${(size / 1024 / 1024).toFixed(1)} MB); importing...`)
    await post(`${opts.to}/xrpc/com.atproto.repo.importRepo`, fresh.accessJwt, 'application/vnd.ipld.car', file, size)
    const status = (await fresh.client.com.atproto.server.checkAccountStatus()).data
    log(`step 2: imported ${status.indexedRecords} records`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Uploads every blob the new repo misses, fetched from the old PDS one at a time. */
async function copyBlobs(opts: Options, old: Session, fresh: Session): Promise<void> {
  let copied = 0
  for (;;) {
    const { data } = await fresh.client.com.atproto.repo.listMissingBlobs({ limit: 500 })
    if (data.blobs.length === 0) break
    for (const { cid } of data.blobs) {
      const res = await fetch(
        `${opts.from}/xrpc/com.atproto.sync.getBlob?did=${encodeURIComponent(old.did)}&cid=${encodeURIComponent(cid)}`,
      )
      if (!res.ok || !res.body) throw new MigrationError(`getBlob ${cid} on the old PDS answered ${res.status}`)
      const type = res.headers.get('content-type') ?? 'application/octet-stream'
      const upload = await fetch(`${opts.to}/xrpc/com.atproto.repo.uploadBlob`, {
        method: 'POST',
        headers: { authorization: `Bearer ${fresh.accessJwt}`, 'content-type': type },
        body: res.body,
        duplex: 'half',
      } as RequestInit)
      if (!upload.ok) throw new MigrationError(`uploadBlob ${cid} on the new PDS answered ${upload.status}`)
      copied++
      if (copied % 50 === 0) log(`step 3: ${copied} blobs copied...`)
    }
  }
  log(`step 3: blobs complete (${copied} copied in this run)`)
}

async function copyPreferences(from: Client, to: Client): Promise<void> {
  const { data } = await from.app.bsky.actor.getPreferences({})
  await to.app.bsky.actor.putPreferences({ preferences: data.preferences })
  log(`step 4: copied ${data.preferences.length} preferences`)
}

async function post(url: string, token: string, type: string, file: string, size: number): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type, 'content-length': String(size) },
    body: Readable.toWeb(fs.createReadStream(file)) as never,
    duplex: 'half',
  } as RequestInit)
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string }
    throw new MigrationError(`${new URL(url).pathname} answered ${res.status}: ${body.message ?? ''}`)
  }
}

function readOptions(argv: string[], env: NodeJS.ProcessEnv): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      identifier: { type: 'string' },
      to: { type: 'string' },
      handle: { type: 'string' },
      email: { type: 'string' },
      'invite-code': { type: 'string' },
      'plc-token': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  })
  if (values.help) return 'help'
  const missing = ['from', 'identifier', 'to', 'handle', 'email'].filter((name) => !values[name as keyof typeof values])
  if (missing.length > 0) throw new MigrationError(`missing ${missing.map((m) => `--${m}`).join(', ')}`, 2)
  const password = env.PDS_MIGRATE_PASSWORD
  if (!password) throw new MigrationError('set PDS_MIGRATE_PASSWORD to the old account password', 2)
  return {
    from: (values.from as string).replace(/\/+$/, ''),
    identifier: values.identifier as string,
    to: (values.to as string).replace(/\/+$/, ''),
    handle: values.handle as string,
    email: values.email as string,
    inviteCode: values['invite-code'],
    plcToken: values['plc-token'],
    dryRun: values['dry-run'] as boolean,
    password,
    newPassword: env.PDS_MIGRATE_NEW_PASSWORD || password,
  }
}

/** The command: parses argv and the environment, runs, prints errors plainly, exits with a code that means something. */
export async function main(argv = process.argv.slice(2), env = process.env): Promise<number> {
  try {
    const opts = readOptions(argv, env)
    if (opts === 'help') {
      process.stdout.write(`${HELP}\n`)
      return 0
    }
    return await migrate(opts)
  } catch (err) {
    const code = err instanceof MigrationError ? err.exitCode : 1
    const message = err instanceof Error ? err.message : String(err)
    log(`pds-migrate: ${message}`)
    return code
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => {
    process.exitCode = code
  })
}
