/**
 * The conformance suite catches a broken server: with deliberately broken handlers swapped
 * into the handler map (an output missing a required property, a method that forgets its
 * auth check, one that refuses a value at its schema's limit, one that accepts a subject the
 * setup says must be refused, one that fails with a server error where the setup cannot make
 * the state its valid request needs), the run fails and names each method and the case that
 * caught it. A mailbox that never gets the mailed code fails the methods that need it, not the
 * run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers } from '#src/api/index.js'
import { type Report, runConformance } from '../../conformance/runner.js'
import { NEEDS_STATE } from '../../conformance/setup.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

type Swappable = { [nsid: string]: unknown }
type Method = { auth: unknown; handler: unknown }

const originalOf = (nsid: string) => (handlers as unknown as Swappable)[nsid] as Method

const BROKEN: Swappable = {
  // the output lacks the required `handle`
  'com.atproto.repo.describeRepo': ({ params }: { params: { repo: string } }) => ({
    encoding: 'application/json',
    body: { did: params.repo, didDoc: {}, collections: [], handleIsCorrect: false },
  }),
  // no auth verifier: anyone gets a session
  'com.atproto.server.getSession': () => ({
    encoding: 'application/json',
    body: { handle: 'anyone.test', did: 'did:plc:abcdefghijklmnopqrstuvwx' },
  }),
  // refuses the largest page its schema allows
  'com.atproto.repo.listRecords': {
    handler: ({ params }: { params: { limit?: number } }) => {
      if (params.limit === 100) return { status: 400, error: 'InvalidRequest', message: 'limit too large' }
      return { encoding: 'application/json', body: { records: [] } }
    },
  },
  // answers for any subject, one of a kind it does not know included
  'com.atproto.admin.updateSubjectStatus': {
    auth: originalOf('com.atproto.admin.updateSubjectStatus').auth,
    handler: ({ input }: { input: { body: { subject: unknown } } }) => ({
      encoding: 'application/json',
      body: { subject: input.body.subject },
    }),
  },
  // a server error, where the setup has no mailed code: still a failure, not "needs state"
  'com.atproto.identity.signPlcOperation': {
    auth: originalOf('com.atproto.identity.signPlcOperation').auth,
    handler: () => {
      throw new Error('broken')
    },
  },
}

describe('the conformance suite against a PDS with broken handlers', () => {
  let pds: TestServer
  let report: Report
  /** a run of the methods that need a mailed code, with a mailbox where no mail arrives */
  let noMail: Report
  const originals: Swappable = {}

  beforeAll(async () => {
    const map = handlers as unknown as Swappable
    for (const [nsid, broken] of Object.entries(BROKEN)) {
      originals[nsid] = map[nsid]
      map[nsid] = broken
    }
    try {
      // @NOTE output validation off, as in production: the suite itself must notice bad output
      pds = await startTestServer({ config: { validateResponse: false } })
    } finally {
      Object.assign(map, originals)
    }
    report = await runConformance({
      url: pds.url,
      adminPassword: pds.ctx.secrets.adminPassword,
      only: (nsid) => nsid in BROKEN || nsid === 'com.atproto.repo.getRecord',
    })
    noMail = await runConformance({
      url: pds.url,
      only: (nsid) => NEEDS_STATE.has(nsid),
      mailbox: async (email) => {
        throw new Error(`no mail to ${email}`)
      },
    })
  }, 120_000)
  afterAll(() => pds?.close())

  const failuresOf = (nsid: string) => report.methods.find((m) => m.name === nsid)?.failures.map((f) => f.case) ?? []

  it('fails the method whose output breaks its schema, naming the valid request', () => {
    const method = report.methods.find((m) => m.name === 'com.atproto.repo.describeRepo')
    expect(method?.status).toBe('failed')
    expect(method?.failures[0]?.detail).toMatch(/output does not match the schema.*handle/)
    expect(failuresOf('com.atproto.repo.describeRepo')).toContain('the valid request')
  })

  it('fails the method that answers without credentials', () => {
    expect(failuresOf('com.atproto.server.getSession')).toEqual(['the valid request without credentials'])
  })

  it('fails the method that refuses a value at its limit, naming that case', () => {
    expect(failuresOf('com.atproto.repo.listRecords')).toEqual(['params/limit: 100, at the maximum'])
  })

  it('fails the method that accepts what the setup says it must refuse, naming that case', () => {
    expect(failuresOf('com.atproto.admin.updateSubjectStatus')).toEqual([
      'input/subject: an unlisted $type (the union is open)',
    ])
  })

  it('fails a server error where the setup cannot make the state, rather than reporting it as needing state', () => {
    const method = report.methods.find((m) => m.name === 'com.atproto.identity.signPlcOperation')
    expect(method?.status).toBe('failed')
    expect(method?.failures.map((f) => f.case)).toEqual(['params: an unknown parameter', 'the valid request'])
    expect(method?.unverified).toEqual([])
  })

  it('fails the methods that need a mailed code when the mailbox gets none, naming the setup step', () => {
    expect(noMail.methods.map((m) => `${m.name}: ${m.status}`).sort()).toEqual(
      [...NEEDS_STATE.keys()].map((nsid) => `${nsid}: failed`).sort(),
    )
    for (const m of noMail.methods) {
      expect(m.failures).toEqual([
        { case: 'the valid request', detail: expect.stringMatching(/the setup's mailbox failed: no mail to /) },
      ])
      expect(m.unverified).toEqual([])
    }
  })

  it('still passes the methods left intact', () => {
    expect(report.methods.find((m) => m.name === 'com.atproto.repo.getRecord')?.status).toBe('passed')
  })
})
