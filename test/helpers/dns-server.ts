import dgram from 'node:dgram'
import type { AddressInfo } from 'node:net'

/** A DNS server on loopback that answers TXT queries from a table. */
export interface TestDnsServer {
  /** `127.0.0.1:<port>`, for `dns.Resolver#setServers`. */
  server: string
  /** Names asked for, in order (lower case, no trailing dot). */
  queries: string[]
  /** TXT records by name; change it at will. A name that is absent answers NXDOMAIN. */
  txt: Map<string, string[]>
  close(): Promise<void>
}

const TYPE_TXT = 16

/**
 * Starts a tiny authoritative DNS responder over UDP on 127.0.0.1 (enough of RFC 1035 for
 * one-question TXT queries), so handle resolution runs over real DNS without the network.
 *
 * @example
 * const dns = await startTestDns({ '_atproto.alice.example.com': ['did=did:plc:abc'] })
 */
export async function startTestDns(records: Record<string, string[]> = {}): Promise<TestDnsServer> {
  const txt = new Map(Object.entries(records))
  const queries: string[] = []
  const socket = dgram.createSocket('udp4')
  socket.on('message', (msg, peer) => {
    const parsed = parseQuestion(msg)
    if (!parsed) return
    queries.push(parsed.name)
    const answers = parsed.type === TYPE_TXT ? txt.get(parsed.name) : undefined
    socket.send(answer(msg, parsed.end, answers), peer.port, peer.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  const { port } = socket.address() as AddressInfo
  return {
    server: `127.0.0.1:${port}`,
    queries,
    txt,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}

function parseQuestion(msg: Buffer): { name: string; type: number; end: number } | undefined {
  if (msg.length < 12 || msg.readUInt16BE(4) !== 1) return undefined
  const labels: string[] = []
  let at = 12
  while (at < msg.length) {
    const len = msg[at] as number
    at += 1
    if (len === 0) break
    labels.push(
      msg
        .subarray(at, at + len)
        .toString('latin1')
        .toLowerCase(),
    )
    at += len
  }
  if (at + 4 > msg.length) return undefined
  return { name: labels.join('.'), type: msg.readUInt16BE(at), end: at + 4 }
}

function answer(query: Buffer, questionEnd: number, records: string[] | undefined): Buffer {
  const header = Buffer.alloc(12)
  query.copy(header, 0, 0, 2)
  // QR + AA + RD copied from the query; RCODE 3 (NXDOMAIN) when there is nothing to say
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | (records ? 0 : 3), 2)
  header.writeUInt16BE(1, 4)
  header.writeUInt16BE(records?.length ?? 0, 6)
  const parts = [header, query.subarray(12, questionEnd)]
  for (const record of records ?? []) {
    const text = Buffer.from(record, 'utf8')
    const chunks: Buffer[] = []
    for (let i = 0; i < text.length || i === 0; i += 255) {
      const chunk = text.subarray(i, i + 255)
      chunks.push(Buffer.from([chunk.length]), chunk)
    }
    const rdata = Buffer.concat(chunks)
    const rr = Buffer.alloc(12)
    rr.writeUInt16BE(0xc00c, 0) // a pointer to the question's name
    rr.writeUInt16BE(TYPE_TXT, 2)
    rr.writeUInt16BE(1, 4) // class IN
    rr.writeUInt32BE(60, 6)
    rr.writeUInt16BE(rdata.length, 10)
    parts.push(rr, rdata)
  }
  return Buffer.concat(parts)
}
