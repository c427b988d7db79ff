/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/client.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * @module
 * The transport under the generated client: XRPC over fetch, with the atproto JSON
 * conventions ($link, $bytes) applied both ways. Works against any PDS.
 */
import { jsonToLex, lexToJson } from './data.js'

/** Options of a client. */
export interface ClientOptions {
  /** the service's base URL, e.g. `https://pds.example.com` */
  service: string | URL
  /** headers sent with every call (e.g. authorization) */
  headers?: { [name: string]: string }
  /** a fetch implementation (default: the global one) */
  fetch?: typeof globalThis.fetch
}

/** Options of one call. */
export interface CallOptions<P = unknown> {
  /** query-string parameters (procedures take their input separately) */
  params?: P
  headers?: { [name: string]: string }
  signal?: AbortSignal
  /** the request body's MIME type, for methods whose input is not JSON */
  encoding?: string
}

/** A successful response. */
export interface XrpcResponse<T> {
  status: number
  headers: Headers
  data: T
}

/**
 * An XRPC error response: `error` is the Lexicon error name (e.g. `InvalidSwap`).
 * Declared names have their own subclasses in the generated client (`InvalidSwapError`).
 */
export class XrpcClientError extends Error {
  override name = 'XrpcClientError'
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly headers?: Headers,
  ) {
    super(message || error)
  }
}

/** Error classes by Lexicon error name. */
export type ErrorClasses = {
  readonly [name: string]: new (status: number, error: string, message: string, headers?: Headers) => XrpcClientError
}

/** The untyped XRPC transport the generated namespaces call. */
export class XrpcClient {
  readonly headers: { [name: string]: string }
  readonly service: URL
  private readonly fetchFn: typeof globalThis.fetch

  constructor(
    options: ClientOptions,
    private readonly errors: ErrorClasses = {},
  ) {
    this.service = new URL(options.service)
    this.headers = { ...options.headers }
    this.fetchFn = options.fetch ?? globalThis.fetch
  }

  /** Sets (or with `undefined`, removes) a header sent with every call. */
  setHeader(name: string, value: string | undefined): void {
    if (value === undefined) delete this.headers[name]
    else this.headers[name] = value
  }

  /** Calls a query (HTTP GET). */
  query<T>(nsid: string, params: unknown, options?: CallOptions): Promise<XrpcResponse<T>> {
    return this.call<T>('GET', nsid, params, undefined, options)
  }

  /** Calls a procedure (HTTP POST) with a JSON input, binary input or none. */
  procedure<T>(nsid: string, input: unknown, options?: CallOptions): Promise<XrpcResponse<T>> {
    return this.call<T>('POST', nsid, options?.params, input, options)
  }

  private async call<T>(
    method: 'GET' | 'POST',
    nsid: string,
    params: unknown,
    input: unknown,
    options?: CallOptions,
  ): Promise<XrpcResponse<T>> {
    const url = new URL(`/xrpc/${nsid}`, this.service)
    if (params && typeof params === 'object') {
      for (const [key, value] of Object.entries(params)) {
        if (value === undefined) continue
        for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item))
      }
    }
    const headers: { [name: string]: string } = { ...this.headers, ...options?.headers }
    let body: RequestInit['body']
    if (input !== undefined) {
      if (input instanceof Uint8Array || input instanceof Blob || input instanceof ReadableStream) {
        body = input as RequestInit['body']
        headers['content-type'] ??= options?.encoding ?? 'application/octet-stream'
      } else {
        body = JSON.stringify(lexToJson(input))
        headers['content-type'] ??= options?.encoding ?? 'application/json'
      }
    }
    const res = await this.fetchFn(url, {
      method,
      headers,
      body,
      signal: options?.signal,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit)
    const type = res.headers.get('content-type') ?? ''
    const isJson = type.startsWith('application/json')
    const raw = isJson ? await res.text() : new Uint8Array(await res.arrayBuffer())
    if (!res.ok) {
      let error = 'UnknownError'
      let message = `${res.status} ${res.statusText}`
      if (typeof raw === 'string') {
        try {
          const parsed = JSON.parse(raw) as { error?: unknown; message?: unknown }
          if (typeof parsed.error === 'string') error = parsed.error
          if (typeof parsed.message === 'string') message = parsed.message
        } catch {
          // @NOTE a non-JSON error body keeps the HTTP status line as its message
        }
      }
      const ErrorClass = this.errors[error] ?? XrpcClientError
      throw new ErrorClass(res.status, error, message, res.headers)
    }
    const data = typeof raw === 'string' ? (raw === '' ? undefined : jsonToLex(JSON.parse(raw))) : raw
    return { status: res.status, headers: res.headers, data: data as T }
  }
}
