/**
 * 304 Not Modified for answers that bypass express's `res.send` (XRPC pass-through bytes).
 *
 * @module
 */
import type { RequestHandler } from 'express'

/**
 * For a GET or HEAD carrying `If-None-Match`, turns a 200 sent with `res.end` whose `ETag`
 * matches into a bodiless 304, as express's `res.send` does for the answers it sends (xrpc-server
 * ends pass-through answers, record JSON encoded by the handler, with `res.end` directly).
 * Requests without the header, nearly all of them, pass untouched.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 *
 * @example
 * app.use(answerNotModified())
 */
export function answerNotModified(): RequestHandler {
  return (req, res, next) => {
    const wanted = req.headers['if-none-match']
    if (wanted === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return next()
    const end = res.end
    res.end = function endNotModified(this: typeof res, ...args: unknown[]) {
      const etag = res.getHeader('etag')
      if (res.statusCode === 200 && typeof etag === 'string' && matchesAny(wanted, etag)) {
        res.statusCode = 304
        for (const name of ['content-type', 'content-length', 'transfer-encoding']) res.removeHeader(name)
        return end.call(this, undefined, undefined as never)
      }
      return end.apply(this, args as Parameters<typeof end>)
    } as typeof res.end
    next()
  }
}

/** Whether `If-None-Match` names `etag`, compared weakly (RFC 9110 13.1.2), or is `*`. */
function matchesAny(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  const want = opaque(etag)
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === want)
}
