import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPublicAddress } from './address-rules.js'
import { OutboundRequestError, SafeFetcher } from './safe-fetch.js'

/** A loopback server that counts the requests that reached it. */
async function recordingServer(handler: http.RequestListener) {
  const hits: string[] = []
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '')
    handler(req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { hits, port, url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }
}

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => 'fetched',
    (err) => (err instanceof OutboundRequestError ? err.reason : `threw ${err}`),
  )

describe('isPublicAddress', () => {
  const cases: [string, boolean][] = [
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.31.255.255', false],
    ['192.168.0.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::a00:1', false],
    ['2002:c0a8:0101::1', false],
    ['2002:0808:0808::1', true],
    ['not-an-ip', false],
  ]
  it.each(cases)('%s is public: %s', (address, want) => expect(isPublicAddress(address)).toBe(want))
})

describe('SafeFetcher', () => {
  let target: Awaited<ReturnType<typeof recordingServer>>
  let redirector: Awaited<ReturnType<typeof recordingServer>>
  const strict = new SafeFetcher({ allowHttp: true, allowPrivateAddresses: false })
  const dev = new SafeFetcher({ allowHttp: true, allowPrivateAddresses: true })

  beforeAll(async () => {
    target = await recordingServer((req, res) => {
      if (req.url === '/big') {
        res.write(Buffer.alloc(600_000))
        res.end(Buffer.alloc(600_000))
      } else if (req.url === '/declared-big') {
        res.writeHead(200, { 'content-length': String(2_000_000) })
        res.end(Buffer.alloc(2_000_000))
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2_000)
      } else if (req.url === '/not-json') {
        res.end('<html>')
      } else if (req.url === '/missing') {
        res.writeHead(404).end()
      } else {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ ok: true }))
      }
    })
    redirector = await recordingServer((_req, res) => {
      res.writeHead(302, { location: `${target.url}/hop` }).end()
    })
  })
  afterAll(async () => {
    await Promise.all([target.close(), redirector.close(), strict.close(), dev.close()])
  })

  it('refuses plain http unless the policy allows it, before connecting', async () => {
    const httpsOnly = new SafeFetcher({ allowHttp: false, allowPrivateAddresses: true })
    const before = target.hits.length
    expect(await reasonOf(httpsOnly.fetch(`${target.url}/x`))).toBe('url')
    expect(await reasonOf(httpsOnly.fetch('file:///etc/passwd'))).toBe('url')
    expect(target.hits.length).toBe(before)
    await httpsOnly.close()
  })

  it('refuses loopback and private IP literals, in every spelling, before connecting', async () => {
    const before = target.hits.length
    for (const host of ['127.0.0.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '10.0.0.1', '169.254.169.254']) {
      expect(await reasonOf(strict.fetch(`http://${host}:${target.port}/x`))).toBe('address')
    }
    expect(target.hits.length).toBe(before)
  })

  it('refuses a name that resolves to loopback, at connect time', async () => {
    const before = target.hits.length
    expect(await reasonOf(strict.fetch(`http://localhost:${target.port}/x`))).toBe('address')
    // @NOTE an injected resolver stands for a DNS answer that points at a private address
    const rebinding = new SafeFetcher({
      allowHttp: true,
      allowPrivateAddresses: false,
      lookup: ((_host: string, _opts: unknown, cb: (e: null, a: { address: string; family: number }[]) => void) =>
        cb(null, [{ address: '127.0.0.1', family: 4 }])) as never,
    })
    expect(await reasonOf(rebinding.fetch(`http://public.example:${target.port}/x`))).toBe('address')
    await rebinding.close()
    expect(target.hits.length).toBe(before)
  })

  it('reaches private addresses when the policy allows them', async () => {
    expect(await dev.fetchJson(`${target.url}/x`)).toEqual({ ok: true })
  })

  it('treats a redirect as an error unless allowed, and re-checks every hop', async () => {
    expect(await reasonOf(dev.fetch(`${redirector.url}/`))).toBe('redirect')
    expect(await dev.fetchJson(`${redirector.url}/`, { maxRedirects: 1 })).toEqual({ ok: true })
    const trustedRedirector = new SafeFetcher({
      allowHttp: false,
      allowPrivateAddresses: false,
      trustedOrigins: [redirector.url],
    })
    const before = target.hits.length
    expect(await reasonOf(trustedRedirector.fetch(`${redirector.url}/`, { maxRedirects: 3 }))).toBe('url')
    expect(target.hits.length).toBe(before)
    await trustedRedirector.close()
  })

  it('lets a configured service through without exempting anything else', async () => {
    const configured = new SafeFetcher({ allowHttp: false, allowPrivateAddresses: false, trustedOrigins: [target.url] })
    expect(await configured.fetchJson(`${target.url}/x`)).toEqual({ ok: true })
    expect(await reasonOf(configured.fetch(`${redirector.url}/`))).toBe('url')
    await configured.close()
  })

  it('cuts a body over the size limit, declared or streamed', async () => {
    expect(await reasonOf(dev.fetch(`${target.url}/declared-big`))).toBe('too-large')
    expect(await reasonOf(dev.fetchJson(`${target.url}/big`))).toBe('too-large')
    const response = await dev.fetch(`${target.url}/big`, { maxBytes: 2_000_000 })
    expect((await response.arrayBuffer()).byteLength).toBe(1_200_000)
  })

  it('gives up on a slow server after the timeout', async () => {
    const started = Date.now()
    expect(await reasonOf(dev.fetch(`${target.url}/slow`, { timeoutMs: 200 }))).toBe('timeout')
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it('names non-2xx answers and invalid JSON', async () => {
    const missing = await dev.fetchJson(`${target.url}/missing`).catch((err) => err)
    expect(missing).toMatchObject({ reason: 'status', status: 404 })
    expect(await reasonOf(dev.fetchJson(`${target.url}/not-json`))).toBe('body')
  })

  it('names an unreachable host as a network failure', async () => {
    const closed = await recordingServer(() => {})
    await closed.close()
    expect(await reasonOf(dev.fetch(`${closed.url}/`))).toBe('network')
  })
})
