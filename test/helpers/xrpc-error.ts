/** The status, error name and message of a failed @atproto/api call. */
export interface CaughtXrpcError {
  status: number
  error: string
  message: string
}

/**
 * Awaits a call that must fail and returns its XRPC error (fails the test if it succeeds).
 *
 * @example
 * expect(await xrpcError(agent.login({ identifier, password: 'wrong' }))).toMatchObject({ status: 401 })
 */
export async function xrpcError(call: Promise<unknown>): Promise<CaughtXrpcError> {
  try {
    await call
  } catch (err) {
    const { status, error, message } = err as Partial<CaughtXrpcError>
    if (typeof status !== 'number' || typeof error !== 'string') throw err
    return { status, error, message: message ?? '' }
  }
  throw new Error('expected the call to fail, but it succeeded')
}
