import { execFileSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import type dns from 'node:dns'
import fs from 'node:fs'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'

/** An HTTPS server that stands for public hosts under one domain, on a loopback address of its own. */
export interface TestHttpsHosts {
  /** The loopback address (port 443) every name under the domain resolves to. */
  address: string
  /** The self-signed certificate to trust (for `OutboundPolicy.ca`). */
  ca: string
  /** A DNS lookup mapping every name to {@link address} (for `OutboundPolicy.lookup`). */
  lookup: typeof dns.lookup
  /** Responses by `host + path` (e.g. `bob.web.com/.well-known/atproto-did`): status and body. */
  routes: Map<string, { status?: number; type?: string; body: string }>
  /** `host + path` of every request that reached the server. */
  hits: string[]
  close(): Promise<void>
}

/**
 * Serves HTTPS on port 443 of a random 127.x.y.z address, with a certificate for
 * `*.<domain>` made by openssl, so code that fetches `https://<name>.<domain>/...` really
 * speaks TLS to a host name, with nothing leaving the machine.
 *
 * @example
 * const web = await startHttpsHosts('webhandle.com')
 * web.routes.set('bob.webhandle.com/.well-known/atproto-did', { body: did })
 */
export async function startHttpsHosts(domain: string): Promise<TestHttpsHosts> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pds-tls-'))
  const file = (name: string) => path.join(dir, name)
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' })
  // a throw-away CA, and a leaf certificate for the domain signed by it
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-subj',
    '/CN=lexicon-pds test CA',
  )
  openssl(
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    file('key.pem'),
    '-out',
    file('leaf.csr'),
    '-subj',
    `/CN=${domain}`,
  )
  fs.writeFileSync(file('ext.cnf'), `subjectAltName=DNS:${domain},DNS:*.${domain}\n`)
  openssl(
    'x509',
    '-req',
    '-in',
    file('leaf.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-days',
    '1',
    '-extfile',
    file('ext.cnf'),
    '-out',
    file('cert.pem'),
  )
  const key = file('key.pem')
  const cert = file('cert.pem')
  const ca = fs.readFileSync(file('ca.pem'), 'utf8')
  const routes = new Map<string, { status?: number; type?: string; body: string }>()
  const hits: string[] = []
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const where = `${(req.headers.host ?? '').toLowerCase()}${req.url ?? ''}`
    hits.push(where)
    const route = routes.get(where)
    res.writeHead(route?.status ?? (route ? 200 : 404), { 'content-type': route?.type ?? 'text/plain' })
    res.end(route?.body ?? 'not found')
  })
  fs.rmSync(dir, { recursive: true, force: true })
  const address = `127.${randomInt(1, 250)}.${randomInt(1, 250)}.${randomInt(2, 250)}`
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(443, address, () => resolve())
  })
  const lookup = ((_host: string, opts: dns.LookupOptions, cb: (...args: unknown[]) => void) => {
    if (opts.all) cb(null, [{ address, family: 4 }])
    else cb(null, address, 4)
  }) as unknown as typeof dns.lookup
  return {
    address,
    ca,
    lookup,
    routes,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
