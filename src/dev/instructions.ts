/**
 * What `npm run dev` prints once its local network is up: where everything is, and how to
 * create a first account with curl or with the generated client.
 *
 * @module
 */

/** The facts the instructions name. */
export interface DevNetwork {
  pdsUrl: string
  plcUrl: string
  /** Whether the PLC directory runs in this process (in memory) or was given. */
  plcInProcess: boolean
  /** e.g. `.test` */
  handleDomain: string
  dataDirectory: string
  /** false: the data directory is a temp dir removed on exit */
  dataKept: boolean
}

/**
 * The text printed by `npm run dev`.
 *
 * @example
 * console.log(devInstructions({ pdsUrl: 'http://localhost:2583', ... }))
 */
export function devInstructions(net: DevNetwork): string {
  const handle = `alice${net.handleDomain}`
  const account = { handle, email: 'alice@example.com', password: 'correct horse battery' }
  const body = JSON.stringify(account)
  const literal = Object.entries(account)
    .map(([key, value]) => `${key}: '${value}'`)
    .join(', ')
  return [
    'Local atproto network (development mode, offline):',
    `  PDS            ${net.pdsUrl}`,
    `  PLC directory  ${net.plcUrl}${net.plcInProcess ? ' (in this process, in memory: DIDs last until exit)' : ''}`,
    `  handles        <name>${net.handleDomain}`,
    `  data           ${net.dataDirectory}${net.dataKept ? '' : ' (removed on exit)'}`,
    `  admin password in ${net.dataDirectory}/secrets.json`,
    '',
    'Create an account with curl:',
    `  curl -H 'content-type: application/json' \\`,
    `    -d '${body}' \\`,
    `    ${net.pdsUrl}/xrpc/com.atproto.server.createAccount`,
    '',
    'or with the generated client (e.g. in a file run with `npx tsx`):',
    "  import { createClient } from './generated/client/index.js'",
    `  const client = createClient({ service: '${net.pdsUrl}' })`,
    `  const { data } = await client.com.atproto.server.createAccount({ ${literal} })`,
    // biome-ignore lint/suspicious/noTemplateCurlyInString: printed code, not a template
    "  client.setHeader('authorization', `Bearer ${data.accessJwt}`)",
    '',
    'Stop with Ctrl-C.',
  ].join('\n')
}
