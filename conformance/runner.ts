/**
 * @module
 * Runs the generated conformance cases against a live PDS over HTTP, with the generated
 * client, and reports per method (and record type) passed / failed / not served.
 *
 * What each case must get follows from the schema: a case that breaks a constraint gets 400
 * with `InvalidRequest` or one of the method's declared errors; a case at a limit is not refused
 * as an invalid request; the valid request succeeds with an output that validates against the
 * output schema (or, where the setup has no state for it, answers one of its declared errors);
 * and without credentials, a method that needs them answers 401. A method that answers 501 (or
 * whose answer comes from an upstream it proxies to) is not served.
 */
import { LEXICON_IDS, rt } from '#generated/index.js'
import {
  applyCase,
  type ConformanceCase,
  type Json,
  type JsonObject,
  loadCases,
  type MethodConformance,
  type RecordConformance,
} from './cases.js'
import {
  type Account,
  authOf,
  createAccount,
  createState,
  DESTRUCTIVE,
  overrides,
  recordKey,
  type State,
} from './setup.js'

/** How one method (or record type) fared. */
export interface MethodReport {
  /** the NSID; record types are written `<nsid> (record)` */
  name: string
  /** `skipped`: an admin method, and no admin password was given */
  status: 'passed' | 'failed' | 'not served' | 'skipped'
  /** cases run (the valid request and the 401 check included) */
  cases: number
  /** the cases that failed, by name, with what was expected and what came */
  failures: { case: string; detail: string }[]
  /** e.g. 'valid request answered the declared error RecordNotFound' */
  notes: string[]
}

/** The whole run. */
export interface Report {
  url: string
  methods: MethodReport[]
}

/** Options of {@link runConformance}. */
export interface RunOptions {
  /** base URL of the PDS, e.g. `https://pds.example.com` */
  url: string
  /** the PDS's admin password (HTTP basic auth as `admin`), for admin methods */
  adminPassword?: string
  /** which NSIDs to run (default: every method and record type of lexicons/) */
  only?: (nsid: string) => boolean
  /** progress lines */
  log?: (line: string) => void
  /** requests in flight at once (default 8) */
  concurrency?: number
}

interface Answer {
  status: number
  error?: string
  message?: string
  data?: unknown
}

const PROXY_ERRORS = new Set(['UpstreamFailure', 'UpstreamTimeout', 'NotEnoughResources'])

/** Runs the suite; never throws for a failing server, only for one it cannot set up state on. */
export async function runConformance(options: RunOptions): Promise<Report> {
  const log = options.log ?? (() => {})
  const state = await createState(options.url, options.adminPassword)
  const only = options.only ?? (() => true)
  const ids = LEXICON_IDS.filter(only)
  const ordered = [...ids.filter((id) => !DESTRUCTIVE.has(id)), ...ids.filter((id) => DESTRUCTIVE.has(id))]
  const runner = new Runner(state, options.concurrency ?? 8)
  const methods: MethodReport[] = []
  for (const nsid of ordered) {
    const cases = loadCases(nsid)
    if (!cases) continue
    const report = cases.kind === 'record' ? await runner.record(cases) : await runner.method(cases)
    log(
      `${report.status.padEnd(10)} ${report.name} (${report.cases} cases${report.failures.length ? `, ${report.failures.length} failed` : ''})`,
    )
    methods.push(report)
  }
  return { url: options.url, methods }
}

class Runner {
  private readonly modules = new Map<string, Promise<OutputChecker>>()

  constructor(
    private readonly state: State,
    private readonly concurrency: number,
  ) {}

  async method(c: MethodConformance): Promise<MethodReport> {
    const report: MethodReport = { name: c.nsid, status: 'passed', cases: 0, failures: [], notes: [] }
    const auth = authOf(c.nsid, c.kind)
    if (auth === 'admin' && !this.state.adminPassword)
      return { ...report, status: 'skipped', notes: ['needs --admin-password'] }
    const account = DESTRUCTIVE.has(c.nsid)
      ? await createAccount(this.state.url, this.state.handleDomain)
      : this.state.account
    const request = async (params: Json, body: Json | null | undefined, withAuth = true) => {
      const headers = withAuth ? await this.credentials(auth, account) : {}
      return call(this.state.url, c, params as JsonObject, body, headers)
    }
    const validParams = (): JsonObject => ({ ...c.params, ...overrides(c.nsid, c.params, this.state, account) })
    const validBody = (): Json | null | undefined => {
      if (!c.input) return undefined
      if (c.input.body === null || typeof c.input.body !== 'object' || Array.isArray(c.input.body)) return c.input.body
      return { ...c.input.body, ...overrides(c.nsid, c.input.body, this.state, account) }
    }

    report.cases++
    const first = await request(validParams(), validBody())
    if (notServed(first)) return { ...report, status: 'not served', notes: [answerText(first)] }
    const outcome = await this.checkValid(c, first)
    if (outcome.failure) report.failures.push({ case: 'the valid request', detail: outcome.failure })
    if (outcome.note) report.notes.push(outcome.note)

    if (auth !== 'none') {
      report.cases++
      const anonymous = await request(validParams(), validBody(), false)
      if (anonymous.status !== 401) {
        report.failures.push({
          case: 'the valid request without credentials',
          detail: `expected 401, got ${answerText(anonymous)}`,
        })
      }
    }

    const fills = c.fills
    await pool(c.cases, this.concurrency, async (k) => {
      report.cases++
      const failure = await guarded(async () => {
        const params = k.in === 'params' ? applyCase(validParams(), k, fills) : validParams()
        const body = k.in === 'input' ? applyCase(validBody() as Json, k, fills) : validBody()
        const answer = await request(params, body)
        return k.expect === 'invalid' ? checkInvalid(c.errors, answer) : await this.checkAccepted(c, answer)
      })
      if (failure) report.failures.push({ case: k.name, detail: failure })
    })
    if (report.failures.length > 0) report.status = 'failed'
    report.failures.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0))
    return report
  }

  /** A record type's cases, each through createRecord, putRecord and applyWrites with validate: true. */
  async record(c: RecordConformance): Promise<MethodReport> {
    const report: MethodReport = { name: `${c.nsid} (record)`, status: 'passed', cases: 0, failures: [], notes: [] }
    const account = this.state.account
    const headers = { authorization: `Bearer ${account.accessJwt}` }
    const writes: { via: string; send: (record: Json) => Promise<Answer> }[] = [
      {
        via: 'createRecord',
        send: async (record) => {
          // @NOTE tid and any keys are the server's to choose; others must be given
          const rkey = c.key === 'tid' || c.key === 'any' ? undefined : recordKey(c.key)
          // @NOTE a literal key holds one record: make room for the next valid one
          if (rkey) await this.deleteRecord(c.nsid, rkey, headers)
          return post(
            this.state.url,
            'com.atproto.repo.createRecord',
            { repo: account.did, collection: c.nsid, ...(rkey ? { rkey } : {}), record, validate: true },
            headers,
          )
        },
      },
      {
        via: 'putRecord',
        send: (record) =>
          post(
            this.state.url,
            'com.atproto.repo.putRecord',
            { repo: account.did, collection: c.nsid, rkey: recordKey(c.key), record, validate: true },
            headers,
          ),
      },
      {
        via: 'applyWrites',
        send: async (record) => {
          const rkey = recordKey(c.key)
          if (c.key.startsWith('literal:')) await this.deleteRecord(c.nsid, rkey, headers)
          return post(
            this.state.url,
            'com.atproto.repo.applyWrites',
            {
              repo: account.did,
              validate: true,
              writes: [{ $type: 'com.atproto.repo.applyWrites#create', collection: c.nsid, rkey, value: record }],
            },
            headers,
          )
        },
      },
    ]
    for (const { via, send } of writes) {
      report.cases++
      const first = await send(c.record)
      if (notServed(first)) {
        report.notes.push(`${via} is not served`)
        continue
      }
      if (first.status !== 200)
        report.failures.push({ case: `${via}: the valid record`, detail: `expected 200, got ${answerText(first)}` })
      await pool(c.cases, this.concurrency, async (k) => {
        report.cases++
        const failure = await guarded(async () => {
          const answer = await send(applyCase(c.record, k, c.fills))
          if (k.expect === 'invalid') return checkInvalid(['InvalidRecord'], answer)
          return answer.status === 200 ? undefined : `expected 200, got ${answerText(answer)}`
        })
        if (failure) report.failures.push({ case: `${via}: ${k.name}`, detail: failure })
      })
    }
    if (report.notes.length === writes.length) report.status = 'not served'
    else if (report.failures.length > 0) report.status = 'failed'
    report.failures.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : 0))
    return report
  }

  private async deleteRecord(collection: string, rkey: string, headers: { [name: string]: string }): Promise<void> {
    await post(
      this.state.url,
      'com.atproto.repo.deleteRecord',
      { repo: this.state.account.did, collection, rkey },
      headers,
    )
  }

  private async credentials(auth: string, account: Account): Promise<{ [name: string]: string }> {
    if (auth === 'none') return {}
    if (auth === 'admin') {
      if (!this.state.adminPassword) return {}
      return { authorization: `Basic ${Buffer.from(`admin:${this.state.adminPassword}`).toString('base64')}` }
    }
    if (auth === 'refresh') {
      // @NOTE a refresh token is used up by refreshSession and revoked by deleteSession: one per request
      const session = await post(
        this.state.url,
        'com.atproto.server.createSession',
        { identifier: account.did, password: account.password },
        {},
      )
      return { authorization: `Bearer ${(session.data as { refreshJwt: string }).refreshJwt}` }
    }
    return { authorization: `Bearer ${account.accessJwt}` }
  }

  /** The valid request: 2xx with an output its schema accepts, or (without state for it) a declared error. */
  private async checkValid(c: MethodConformance, answer: Answer): Promise<{ failure?: string; note?: string }> {
    if (answer.status >= 200 && answer.status < 300) return { failure: await this.checkOutput(c, answer) }
    if (answer.status === 400 && answer.error && c.errors.includes(answer.error)) {
      return { note: `the valid request answered its declared error ${answer.error}` }
    }
    return { failure: `expected 200, got ${answerText(answer)}` }
  }

  /** A case at a limit: anything but a refusal as invalid (or a server error); a 2xx output must validate. */
  private async checkAccepted(c: MethodConformance, answer: Answer): Promise<string | undefined> {
    if (answer.status >= 200 && answer.status < 300) return this.checkOutput(c, answer)
    if (answer.status >= 500 || (answer.status === 400 && !(answer.error && c.errors.includes(answer.error)))) {
      return `expected to be accepted, got ${answerText(answer)}`
    }
    return undefined
  }

  private async checkOutput(c: MethodConformance, answer: Answer): Promise<string | undefined> {
    if (c.output?.encoding !== 'application/json') return undefined
    const checker = await this.outputChecker(c.nsid)
    const result = checker(rt.jsonToLex(answer.data))
    return result.success ? undefined : `the output does not match the schema: ${result.reason?.message}`
  }

  private outputChecker(nsid: string): Promise<OutputChecker> {
    let found = this.modules.get(nsid)
    if (!found) {
      const file = new URL(`../generated/lexicons/${nsid.split('.').join('/')}.js`, import.meta.url)
      found = import(/* @vite-ignore */ file.href).then((mod: GeneratedModule) => {
        const schema = mod.schema.output?.schema
        return schema ? (v: unknown) => schema.safeValidate(v) : () => ({ success: true })
      })
      this.modules.set(nsid, found)
    }
    return found
  }
}

type OutputChecker = (value: unknown) => { success: boolean; reason?: Error }
interface GeneratedModule {
  schema: { output?: { schema?: { safeValidate(v: unknown): { success: boolean; reason?: Error } } } }
}

/** Runs one case; a case that cannot be sent is a failure of that case, not of the run. */
async function guarded(fn: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await fn()
  } catch (err) {
    return `the case could not be sent: ${err instanceof Error ? err.message : String(err)}`
  }
}

function checkInvalid(errors: readonly string[], answer: Answer): string | undefined {
  if (answer.status === 400 && (answer.error === 'InvalidRequest' || (answer.error && errors.includes(answer.error)))) {
    return undefined
  }
  return `expected 400 InvalidRequest${errors.length ? ` (or ${errors.join(', ')})` : ''}, got ${answerText(answer)}`
}

function notServed(answer: Answer): boolean {
  if (answer.status === 501) return true
  // @NOTE the reference PDS's answer for a method it would proxy but has no upstream for
  if (answer.status === 400 && /^No service configured for /.test(answer.message ?? '')) return true
  if (answer.status === 404 && answer.error === undefined) return true
  return answer.status >= 502 && answer.status <= 504 && (answer.error === undefined || PROXY_ERRORS.has(answer.error))
}

function answerText(answer: Answer): string {
  const message = answer.message ? `: ${answer.message.slice(0, 200)}` : ''
  return `${answer.status}${answer.error ? ` ${answer.error}` : ''}${message}`
}

/** One request of a method, through the generated client's transport. */
async function call(
  url: string,
  c: MethodConformance,
  params: JsonObject,
  body: Json | null | undefined,
  headers: { [name: string]: string },
): Promise<Answer> {
  const client = new rt.XrpcClient({ service: url, headers })
  try {
    if (c.kind === 'query') return ok(await client.query(c.nsid, params))
    if (!c.input) return ok(await client.procedure(c.nsid, undefined, { params }))
    if (c.input.body === null) {
      return ok(
        await client.procedure(c.nsid, new TextEncoder().encode('conformance'), { params, encoding: c.input.encoding }),
      )
    }
    return ok(await client.procedure(c.nsid, rt.jsonToLex(body), { params }))
  } catch (err) {
    return failed(err)
  }
}

/** A JSON procedure call by NSID. */
async function post(url: string, nsid: string, input: Json, headers: { [name: string]: string }): Promise<Answer> {
  const client = new rt.XrpcClient({ service: url, headers })
  try {
    return ok(await client.procedure(nsid, rt.jsonToLex(input)))
  } catch (err) {
    return failed(err)
  }
}

function ok(res: { status: number; data: unknown }): Answer {
  return { status: res.status, data: res.data instanceof Uint8Array ? undefined : rt.lexToJson(res.data as never) }
}

function failed(err: unknown): Answer {
  if (err instanceof rt.XrpcClientError)
    return { status: err.status, error: err.error === 'UnknownError' ? undefined : err.error, message: err.message }
  throw err
}

async function pool<T>(items: readonly T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await fn(item)
    }
  })
  await Promise.all(workers)
}

export type { ConformanceCase }
