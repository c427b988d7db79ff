import { Readable } from 'node:stream'
import express from 'express'
import { describe, expect, it } from 'vitest'
import { InvalidRequestError, toXrpcError, XRPCError } from './errors.js'

// @NOTE a real body-parser error, as xrpc-server sees it
async function bodyParserError(body: string, limit = 100): Promise<unknown> {
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
  })
  return new Promise((resolve) => express.json({ limit })(req as never, {} as never, resolve))
}

describe('toXrpcError', () => {
  it('names malformed JSON an InvalidRequest', async () => {
    const error = toXrpcError(await bodyParserError('{"a": '))
    expect([error.statusCode, error.payload.error]).toEqual([400, 'InvalidRequest'])
    expect(error.payload.message).toMatch(/^Malformed JSON in request body/)
  })

  it('names an oversize body PayloadTooLarge, also when xrpc-server wrapped it', async () => {
    const error = toXrpcError(XRPCError.fromError(await bodyParserError('x'.repeat(200))))
    expect(error.payload).toEqual({
      error: 'PayloadTooLarge',
      message: 'Request body is larger than the limit of 100 bytes',
    })
    expect(error.statusCode).toBe(413)
  })

  it('keeps XRPC errors as they are', () => {
    const error = new InvalidRequestError('Record was at a different commit', 'InvalidSwap')
    expect(toXrpcError(error)).toBe(error)
  })

  it('hides the message of an unknown error', () => {
    const error = toXrpcError(new Error('password=hunter2'))
    expect(error.statusCode).toBe(500)
    expect(error.payload).toEqual({ error: 'InternalServerError', message: 'Internal Server Error' })
  })
})
