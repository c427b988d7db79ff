import type { DidDocument } from './did-document.js'
import type { PlcOperation } from './plc-operation.js'

/** The PLC directory could not be reached, or refused a request. */
export class PlcError extends Error {
  constructor(
    message: string,
    /** HTTP status the directory answered with; undefined when it could not be reached. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'PlcError'
  }
}

/**
 * A client of a PLC directory (https://plc.directory, or the one in the tests).
 *
 * @example
 * const plc = new PlcClient('https://plc.directory')
 * await plc.sendOperation(did, operation)
 * const doc = await plc.getDocument(did)
 */
export class PlcClient {
  constructor(
    readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Submits a signed operation for `did`; rejects with {@link PlcError} when the directory refuses it. */
  async sendOperation(did: string, operation: PlcOperation): Promise<void> {
    const res = await this.request(did, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(operation),
    })
    await res.body?.cancel()
  }

  /** The current DID document of `did`, or null when the directory does not know it. */
  async getDocument(did: string): Promise<DidDocument | null> {
    const res = await this.request(did, { method: 'GET' }, [404, 410])
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel()
      return null
    }
    const doc = (await res.json()) as DidDocument
    if (doc?.id !== did) throw new PlcError(`The PLC directory answered for ${did} with another document`)
    return doc
  }

  /** The last operation of `did` (what the next one must follow), or null when the directory does not know it. */
  async getLastOperation(did: string): Promise<PlcOperation | null> {
    const res = await this.request(did, { method: 'GET' }, [404, 410], '/log/last')
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel()
      return null
    }
    const op = (await res.json()) as PlcOperation
    if (op?.type !== 'plc_operation') throw new PlcError(`The last operation of ${did} is not a plc_operation`)
    return op
  }

  private async request(did: string, init: RequestInit, accepted: number[] = [], suffix = ''): Promise<Response> {
    const target = `${this.url.replace(/\/+$/, '')}/${encodeURIComponent(did)}${suffix}`
    let res: Response
    try {
      res = await fetch(target, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })
    } catch (err) {
      throw new PlcError(`The PLC directory at ${this.url} could not be reached`, undefined, { cause: err })
    }
    if (res.ok || accepted.includes(res.status)) return res
    const detail = await errorMessage(res)
    throw new PlcError(`The PLC directory answered ${res.status}${detail ? `: ${detail}` : ''}`, res.status)
  }
}

async function errorMessage(res: Response): Promise<string | undefined> {
  try {
    const text = await res.text()
    const body = JSON.parse(text) as { message?: unknown }
    return typeof body.message === 'string' ? body.message.slice(0, 300) : undefined
  } catch {
    return undefined
  }
}
