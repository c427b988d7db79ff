/**
 * One call to an upstream service, streamed: the request body goes up as it arrives, the
 * response comes back as a stream with its status and headers. Time and size are bounded:
 * a deadline for the response headers (connecting included), a most idle time between
 * body chunks, and a cap on the response body.
 *
 * @module
 */
import type { IncomingHttpHeaders } from 'node:http'
import { type Readable, Transform, type TransformCallback } from 'node:stream'
import type { Dispatcher } from 'undici'
import { UpstreamFailureError } from '#src/errors.js'
import { loadUndici } from '#src/net/undici.js'

/** Limits of one upstream call (from `PDS_PROXY_*`). */
export interface UpstreamLimits {
  readonly headersTimeoutMs: number
  readonly bodyTimeoutMs: number
  readonly maxResponseSize: number
}

/** What to send. */
export interface UpstreamRequest {
  readonly url: string
  readonly method: 'GET' | 'HEAD' | 'POST'
  readonly headers: Record<string, string>
  readonly body?: Readable
  /** Aborts the call (the client went away). */
  readonly signal?: AbortSignal
}

/** The upstream's answer; `body` must be consumed or destroyed. */
export interface UpstreamResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Dispatcher.ResponseData['body']
}

/**
 * Sends `req` through `dispatcher`. Any failure before the response headers (refused
 * connection, DNS, a blocked address, the headers deadline) is a 502 UpstreamFailure.
 *
 * @example
 * const up = await callUpstream(agent, { url, method: 'GET', headers }, limits)
 */
export async function callUpstream(
  dispatcher: Dispatcher,
  req: UpstreamRequest,
  limits: UpstreamLimits,
): Promise<UpstreamResponse> {
  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(new Error('upstream headers timeout')), limits.headersTimeoutMs)
  const signal = req.signal ? AbortSignal.any([req.signal, deadline.signal]) : deadline.signal
  try {
    const { request } = await loadUndici()
    const res = await request(req.url, {
      dispatcher,
      method: req.method,
      headers: req.headers,
      body: req.body,
      signal,
      headersTimeout: limits.headersTimeoutMs,
      bodyTimeout: limits.bodyTimeoutMs,
    })
    const declared = Number(res.headers['content-length'])
    if (declared > limits.maxResponseSize) {
      res.body.destroy()
      throw new UpstreamFailureError(`The upstream response is larger than ${limits.maxResponseSize} bytes`)
    }
    return { status: res.statusCode, headers: res.headers, body: res.body }
  } catch (err) {
    if (err instanceof UpstreamFailureError) throw err
    const reason = deadline.signal.aborted ? 'did not answer in time' : 'is unreachable'
    throw new UpstreamFailureError(`The upstream service ${reason}`, undefined, { cause: err })
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A pass-through that fails once more than `max` bytes went by, so a response without
 * (or with a lying) Content-Length cannot exceed the cap either.
 */
export function byteLimit(max: number): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length
      if (seen > max) done(new UpstreamFailureError(`The upstream response is larger than ${max} bytes`))
      else done(null, chunk)
    },
  })
}

/** Reads a whole (small) upstream body, at most `max` bytes; undefined when it is larger. */
export async function readBody(body: AsyncIterable<Buffer>, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += chunk.length
    if (size > max) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
