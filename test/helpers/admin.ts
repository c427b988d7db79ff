/**
 * Admin calls for tests: basic-auth headers and a raw XRPC call that returns status and body
 * (for our own dev.lexiconpds.admin.* methods and for checking refusals exactly).
 *
 * @module
 */
import type { TestServer } from './test-server.js'

/** The `authorization` header of the admin of `pds` (or of a wrong password). */
export function adminAuth(pds: Pick<TestServer, 'ctx'>, password = pds.ctx.secrets.adminPassword): string {
  return `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`
}

/** Options of {@link xrpc}. */
export interface XrpcCall {
  /** The `authorization` header; unset sends none. */
  auth?: string
  params?: Record<string, string | number | boolean | string[]>
  /** JSON body: makes it a POST. */
  body?: unknown
  /** Force POST without a body. */
  post?: boolean
}

/**
 * Calls `nsid` on `pds` and returns the status and the parsed JSON body (if any).
 *
 * @example
 * const { status, body } = await xrpc(pds, 'dev.lexiconpds.admin.getAuditLog', { auth: adminAuth(pds) })
 */
export async function xrpc(
  pds: Pick<TestServer, 'url'>,
  nsid: string,
  call: XrpcCall = {},
): Promise<{ status: number; body: Record<string, unknown> & { error?: string; message?: string } }> {
  const url = new URL(`/xrpc/${nsid}`, pds.url)
  for (const [key, value] of Object.entries(call.params ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item))
  }
  const headers: Record<string, string> = {}
  if (call.auth) headers.authorization = call.auth
  const post = call.body !== undefined || call.post
  if (call.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(url, {
    method: post ? 'POST' : 'GET',
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  })
  const text = await res.text()
  let body: Record<string, unknown> = {}
  if (text && res.headers.get('content-type')?.includes('json')) body = JSON.parse(text)
  return { status: res.status, body }
}
