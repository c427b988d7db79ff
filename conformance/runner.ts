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
 * whose answer comes from an upstream it proxies to) is not served. Where the setup says a
 * method's valid request needs state it cannot make (a mailed code, when the run has no
 * mailbox to read it from), the cases that expect acceptance and are refused are reported as
 * such (`needs state`), never as passed; where it says a method refuses a schema-valid case by
 * design, that case must be refused.
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
import { type Answer, answerText, call, notServed, post } from './http.js'
import type { Mailbox } from './mailbox.js'
import {
  ACCOUNT_PER_REQUEST,
  type Account,
  authOf,
  binaryBody,
  createAccount,
  createState,
  DESTRUCTIVE,
  mailedInput,
  NEEDS_STATE,
  overrides,
  REFUSED_BY_DESIGN,
  recordKey,
  type State,
} from './setup.js'

/** How one method (or record type) fared. */
export interface MethodReport {
  /** the NSID; record types are written `<nsid> (record)` */
  name: string
  /**
   * `skipped`: an admin method, and no admin password was given; `needs state`: no case
   * failed, but some could not be verified (see `unverified`)
   */
  status: 'passed' | 'failed' | 'needs state' | 'not served' | 'skipped'
  /** cases run (the valid request and the 401 check included) */
  cases: number
  /** the cases that failed, by name, with what was expected and what came */
  failures: { case: string; detail: string }[]
  /**
   * the cases that need state the setup cannot make (setup.ts `NEEDS_STATE`), by name, with
   * what they need and what came: neither passed nor failed
   */
  unverified: { case: string; detail: string }[]
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
  /**
   * where the codes the PDS mails to the run's accounts arrive: with one, the methods of
   * setup.ts `NEEDS_STATE` are checked like any other (without, they `need state`)
   */
  mailbox?: Mailbox
}

/** Runs the suite; never throws for a failing server, only for one it cannot set up state on. */
export async function runConformance(options: RunOptions): Promise<Report> {
  const log = options.log ?? (() => {})
  const state = await createState(options.url, options.adminPassword)
  const only = options.only ?? (() => true)
  const ids = LEXICON_IDS.filter(only)
  const ordered = [...ids.filter((id) => !DESTRUCTIVE.has(id)), ...ids.filter((id) => DESTRUCTIVE.has(id))]
  const runner = new Runner(state, options.concurrency ?? 8, options.mailbox)
  const methods: MethodReport[] = []
  for (const nsid of ordered) {
    const cases = loadCases(nsid)
    if (!cases) continue
    const report = cases.kind === 'record' ? await runner.record(cases) : await runner.method(cases)
    log(
      `${report.status.padEnd(10)} ${report.name} (${report.cases} cases${report.failures.length ? `, ${report.failures.length} failed` : ''}${report.unverified.length ? `, ${report.unverified.length} need state` : ''})`,
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
    private readonly mailbox: Mailbox | undefined,
  ) {}

  async method(c: MethodConformance): Promise<MethodReport> {
    const report: MethodReport = { name: c.nsid, status: 'passed', cases: 0, failures: [], unverified: [], notes: [] }
    const auth = authOf(c.nsid, c.kind)
    if (auth === 'admin' && !this.state.adminPassword)
      return { ...report, status: 'skipped', notes: ['needs --admin-password'] }
    const mailbox = NEEDS_STATE.has(c.nsid) ? this.mailbox : undefined
    const perRequest = ACCOUNT_PER_REQUEST.has(c.nsid) || mailbox !== undefined
    const shared =
      DESTRUCTIVE.has(c.nsid) && !perRequest
        ? await createAccount(this.state.url, this.state.handleDomain)
        : this.state.account
    /**
     * The account a request acts on, the body bytes it sends (for a method whose input is not
     * JSON), and what its body gets from the mailbox.
     */
    const target = async () => {
      const account = perRequest ? await createAccount(this.state.url, this.state.handleDomain) : shared
      return {
        account,
        bytes: await binaryBody(c.nsid, this.state, account),
        mailed: mailbox ? await mailedInput(c.nsid, this.state, account, mailbox) : {},
      }
    }
    type Target = Awaited<ReturnType<typeof target>>
    const request = async (t: Target, params: Json, body: Json | null | undefined, withAuth = true) => {
      const headers = withAuth ? await this.credentials(auth, t.account) : {}
      return call(this.state.url, c, params as JsonObject, body, headers, t.bytes)
    }
    const needs = mailbox ? undefined : NEEDS_STATE.get(c.nsid)
    const refused = REFUSED_BY_DESIGN.get(c.nsid) ?? new Map<string, string>()
    for (const [name, why] of refused) {
      if (c.cases.some((k) => k.name === name)) report.notes.push(`refused by design: ${name} (${why})`)
      else report.failures.push({ case: name, detail: 'the setup expects a refusal of a case the suite does not have' })
    }
    /** A case that expects acceptance, where the setup cannot make the state it needs: unverified unless it succeeds. */
    const unverified = (name: string, answer: Answer): boolean => {
      if (!needs || answer.status < 400 || answer.status >= 500 || answer.status === 401) return false
      report.unverified.push({ case: name, detail: `needs ${needs}; got ${answerText(answer)}` })
      return true
    }
    const validParams = ({ account }: Target): JsonObject => ({
      ...c.params,
      ...overrides(c.nsid, c.params, this.state, account),
    })
    const validBody = ({ account, mailed }: Target): Json | null | undefined => {
      if (!c.input) return undefined
      if (c.input.body === null || typeof c.input.body !== 'object' || Array.isArray(c.input.body)) return c.input.body
      return { ...c.input.body, ...overrides(c.nsid, c.input.body, this.state, account), ...mailed }
    }

    report.cases++
    let valid: Target
    try {
      valid = await target()
    } catch (err) {
      // @NOTE the state comes from the server (a mailed code): a server that cannot give it fails the method, not the run
      report.failures.push({ case: 'the valid request', detail: unsent(err) })
      return { ...report, status: 'failed' }
    }
    const first = await request(valid, validParams(valid), validBody(valid))
    if (notServed(first)) return { ...report, status: 'not served', notes: [answerText(first)] }
    if (!unverified('the valid request', first)) {
      const outcome = await this.checkValid(c, first)
      if (outcome.failure) report.failures.push({ case: 'the valid request', detail: outcome.failure })
      if (outcome.note) report.notes.push(outcome.note)
    }

    if (auth !== 'none') {
      report.cases++
      const failure = await guarded(async () => {
        const t = await target()
        const anonymous = await request(t, validParams(t), validBody(t), false)
        return anonymous.status === 401 ? undefined : `expected 401, got ${answerText(anonymous)}`
      })
      if (failure) report.failures.push({ case: 'the valid request without credentials', detail: failure })
    }

    const fills = c.fills
    await pool(c.cases, this.concurrency, async (k) => {
      report.cases++
      const failure = await guarded(async () => {
        const t = await target()
        const params = k.in === 'params' ? applyCase(validParams(t), k, fills) : validParams(t)
        const body = k.in === 'input' ? applyCase(validBody(t) as Json, k, fills) : validBody(t)
        const answer = await request(t, params, body)
        if (k.expect === 'invalid' || refused.has(k.name)) return checkInvalid(c.errors, answer)
        return unverified(k.name, answer) ? undefined : await this.checkAccepted(c, answer)
      })
      if (failure) report.failures.push({ case: k.name, detail: failure })
    })
    if (report.failures.length > 0) report.status = 'failed'
    else if (report.unverified.length > 0) report.status = 'needs state'
    report.failures.sort(byCase)
    report.unverified.sort(byCase)
    return report
  }

  /** A record type's cases, each through createRecord, putRecord and applyWrites with validate: true. */
  async record(c: RecordConformance): Promise<MethodReport> {
    const report: MethodReport = {
      name: `${c.nsid} (record)`,
      status: 'passed',
      cases: 0,
      failures: [],
      unverified: [],
      notes: [],
    }
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
    report.failures.sort(byCase)
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

function byCase(a: { case: string }, b: { case: string }): number {
  return a.case < b.case ? -1 : a.case > b.case ? 1 : 0
}

/** Runs one case; a case that cannot be sent is a failure of that case, not of the run. */
async function guarded(fn: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await fn()
  } catch (err) {
    return unsent(err)
  }
}

function unsent(err: unknown): string {
  return `the case could not be sent: ${err instanceof Error ? err.message : String(err)}`
}

function checkInvalid(errors: readonly string[], answer: Answer): string | undefined {
  if (answer.status === 400 && (answer.error === 'InvalidRequest' || (answer.error && errors.includes(answer.error)))) {
    return undefined
  }
  return `expected 400 InvalidRequest${errors.length ? ` (or ${errors.join(', ')})` : ''}, got ${answerText(answer)}`
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
