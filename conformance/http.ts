/**
 * @module
 * How the conformance runner talks to a PDS: one request of a method through the generated
 * client's transport, and what its answer means (served or not, as text for the report).
 */
import { rt } from '#generated/index.js'
import type { Json, JsonObject, MethodConformance } from './cases.js'

/** What a server answered: the status, the XRPC error name and message, the JSON output. */
export interface Answer {
  status: number
  error?: string
  message?: string
  data?: unknown
}

const PROXY_ERRORS = new Set(['UpstreamFailure', 'UpstreamTimeout', 'NotEnoughResources'])

/** One request of a method, through the generated client's transport. */
export async function call(
  url: string,
  c: MethodConformance,
  params: JsonObject,
  body: Json | null | undefined,
  headers: { [name: string]: string },
  bytes?: Uint8Array,
): Promise<Answer> {
  const client = new rt.XrpcClient({ service: url, headers })
  try {
    if (c.kind === 'query') return ok(await client.query(c.nsid, params))
    if (!c.input) return ok(await client.procedure(c.nsid, undefined, { params }))
    if (c.input.body === null) {
      return ok(
        await client.procedure(c.nsid, bytes ?? new TextEncoder().encode('conformance'), {
          params,
          encoding: c.input.encoding,
        }),
      )
    }
    return ok(await client.procedure(c.nsid, rt.jsonToLex(body), { params }))
  } catch (err) {
    return failed(err)
  }
}

/** A JSON procedure call by NSID. */
export async function post(
  url: string,
  nsid: string,
  input: Json,
  headers: { [name: string]: string },
): Promise<Answer> {
  const client = new rt.XrpcClient({ service: url, headers })
  try {
    return ok(await client.procedure(nsid, rt.jsonToLex(input)))
  } catch (err) {
    return failed(err)
  }
}

function ok(res: { status: number; data: unknown }): Answer {
  return { status: res.status, data: res.data instanceof Uint8Array ? undefined : rt.lexToJson(res.data as never) }
}

function failed(err: unknown): Answer {
  if (err instanceof rt.XrpcClientError)
    return { status: err.status, error: err.error === 'UnknownError' ? undefined : err.error, message: err.message }
  throw err
}

/** Whether the answer says the method is not served (501, or a proxy without an upstream). */
export function notServed(answer: Answer): boolean {
  if (answer.status === 501) return true
  // @NOTE the reference PDS's answer for a method it would proxy but has no upstream for
  if (answer.status === 400 && /^No service configured for /.test(answer.message ?? '')) return true
  if (answer.status === 404 && answer.error === undefined) return true
  return answer.status >= 502 && answer.status <= 504 && (answer.error === undefined || PROXY_ERRORS.has(answer.error))
}

/** The answer as a short text for the report: `400 InvalidRequest: message`. */
export function answerText(answer: Answer): string {
  const message = answer.message ? `: ${answer.message.slice(0, 200)}` : ''
  return `${answer.status}${answer.error ? ` ${answer.error}` : ''}${message}`
}
