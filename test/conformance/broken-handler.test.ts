/**
 * The conformance suite catches a broken server: with deliberately broken handlers swapped
 * into the handler map (an output missing a required property, a method that forgets its
 * auth check, one that refuses a value at its schema's limit), the run fails and names each
 * method and the case that caught it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handlers } from '#src/api/index.js'
import { type Report, runConformance } from '../../conformance/runner.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'

type Swappable = { [nsid: string]: unknown }

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
}

describe('the conformance suite against a PDS with broken handlers', () => {
  let pds: TestServer
  let report: Report
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
      only: (nsid) => nsid in BROKEN || nsid === 'com.atproto.repo.getRecord',
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

  it('still passes the methods left intact', () => {
    expect(report.methods.find((m) => m.name === 'com.atproto.repo.getRecord')?.status).toBe('passed')
  })
})
