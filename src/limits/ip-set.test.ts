import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { ClientIps } from './client-ip.js'
import { IpSet, normalizeIp } from './ip-set.js'

describe('IpSet', () => {
  const set = IpSet.from(['203.0.113.0/24', '198.51.100.7', '2001:db8::/32', '::ffff:192.0.2.0/120'])
  const cases: [string, boolean][] = [
    ['203.0.113.0', true],
    ['203.0.113.255', true],
    ['203.0.114.1', false],
    ['198.51.100.7', true],
    ['198.51.100.8', false],
    ['::ffff:203.0.113.9', true],
    ['::FFFF:203.0.113.9', true],
    ['2001:db8::1', true],
    ['2001:DB8:ffff::1', true],
    ['2001:db9::1', false],
    ['192.0.2.77', true],
    ['192.0.3.1', false],
    ['not an ip', false],
  ]
  it.each(cases)('%s in the set: %s', (ip, want) => expect(set.has(ip)).toBe(want))

  it('knows the names loopback, linklocal and uniquelocal', () => {
    const named = IpSet.from(['loopback', 'uniquelocal'])
    expect(named.has('127.5.5.5')).toBe(true)
    expect(named.has('::1')).toBe(true)
    expect(named.has('10.9.9.9')).toBe(true)
    expect(named.has('fd00::1')).toBe(true)
    expect(named.has('169.254.1.1')).toBe(false)
    expect(IpSet.from(['linklocal']).has('fe80::1')).toBe(true)
  })

  const edges: [string, string, boolean][] = [
    ['::/128', '::', true],
    ['::/128', '::1', false],
    ['::1', '0:0:0:0:0:0:0:1', true],
    ['1::/16', '1:ffff::', true],
    ['64:ff9b::/96', '64:ff9b::192.0.2.1', true],
    ['fe80::/10', 'fe80::1%eth0', true],
    ['fe80::/10', 'fec0::1', false],
    ['2001:db8::/127', '2001:db8::1', true],
    ['2001:db8::/128', '2001:db8::1', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['::/0', '2001:db8::1', true],
    ['10.0.0.0/31', '10.0.0.1', true],
    ['10.0.0.0/31', '10.0.0.2', false],
  ]
  it.each(edges)('%s holds %s: %s', (range, ip, want) => expect(IpSet.from([range]).has(ip)).toBe(want))

  it('matches nothing when empty', () => expect(IpSet.from([]).has('127.0.0.1')).toBe(false))
})

describe('normalizeIp', () => {
  it('turns mapped IPv4 into IPv4 and lower-cases IPv6', () => {
    expect(normalizeIp('::ffff:10.1.2.3')).toBe('10.1.2.3')
    expect(normalizeIp('2001:DB8::A')).toBe('2001:db8::a')
    expect(normalizeIp('10.1.2.3')).toBe('10.1.2.3')
    expect(normalizeIp('10.1.2')).toBeUndefined()
  })
})

function request(remoteAddress: string, forwardedFor?: string): IncomingMessage {
  const headers = forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }
  return { socket: { remoteAddress }, headers } as unknown as IncomingMessage
}

describe('ClientIps', () => {
  it('ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(new ClientIps([]).of(request('::ffff:127.0.0.1', '6.6.6.6'))).toBe('127.0.0.1')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(new ClientIps(['10.0.0.0/8']).of(request('198.51.100.1', '6.6.6.6'))).toBe('198.51.100.1')
  })

  it('believes the hop a trusted proxy saw, not what the client wrote before it', () => {
    const ips = new ClientIps(['10.0.0.0/8'])
    expect(ips.of(request('10.0.0.2', '203.0.113.7'))).toBe('203.0.113.7')
    // @NOTE the client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw
    expect(ips.of(request('10.0.0.2', '6.6.6.6, 203.0.113.7'))).toBe('203.0.113.7')
  })

  it('walks a chain of trusted proxies', () => {
    const ips = new ClientIps(['loopback', '10.0.0.0/8'])
    expect(ips.of(request('127.0.0.1', '6.6.6.6, 2001:db8::9, 10.1.1.1'))).toBe('2001:db8::9')
    expect(ips.of(request('127.0.0.1', '[2001:db8::8]:443'))).toBe('2001:db8::8')
    expect(ips.of(request('127.0.0.1', '203.0.113.5:1234'))).toBe('203.0.113.5')
  })

  it('stops at a malformed hop', () => {
    expect(new ClientIps(['loopback']).of(request('127.0.0.1', '6.6.6.6, garbage'))).toBe('127.0.0.1')
  })
})
