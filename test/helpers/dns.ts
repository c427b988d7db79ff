/**
 * A small authoritative DNS server on loopback (UDP) answering TXT queries from a table,
 * so Lexicon resolution (`_lexicon.<domain>` TXT) runs over the real DNS protocol in tests.
 *
 * @module
 */
import dgram from 'node:dgram'

/** A running test DNS server. */
export interface TestDns {
  /** `127.0.0.1:<port>`, for `Resolver.setServers`. */
  server: string
  /** Sets the TXT records of `name`. */
  setTxt(name: string, values: string[]): void
  close(): Promise<void>
}

/** Starts a {@link TestDns}. */
export async function startTestDns(): Promise<TestDns> {
  const txt = new Map<string, string[]>()
  const socket = dgram.createSocket('udp4')
  socket.on('message', (msg, from) => {
    let offset = 12
    const labels: string[] = []
    while (offset < msg.length && msg[offset] !== 0) {
      const len = msg[offset] as number
      labels.push(msg.subarray(offset + 1, offset + 1 + len).toString('ascii'))
      offset += len + 1
    }
    const questionEnd = offset + 5
    const type = msg.readUInt16BE(offset + 1)
    const name = labels.join('.').toLowerCase()
    const values = type === 16 ? (txt.get(name) ?? []) : []
    const header = Buffer.alloc(12)
    header.writeUInt16BE(msg.readUInt16BE(0), 0)
    header.writeUInt16BE(values.length > 0 || txt.has(name) ? 0x8580 : 0x8583, 2)
    header.writeUInt16BE(1, 4)
    header.writeUInt16BE(values.length, 6)
    const answers = values.map((value) => {
      const data = Buffer.from(value, 'utf8')
      const rr = Buffer.alloc(12)
      rr.writeUInt16BE(0xc00c, 0)
      rr.writeUInt16BE(16, 2)
      rr.writeUInt16BE(1, 4)
      rr.writeUInt32BE(60, 6)
      rr.writeUInt16BE(data.length + 1, 10)
      return Buffer.concat([rr, Buffer.from([data.length]), data])
    })
    socket.send(Buffer.concat([header, msg.subarray(12, questionEnd), ...answers]), from.port, from.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    server: `127.0.0.1:${socket.address().port}`,
    setTxt: (name, values) => void txt.set(name.toLowerCase(), values),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  }
}
