/**
 * @module
 * The stand-in AppView of the proxy benchmark: plain node:http on 127.0.0.1 ($PORT), answering
 * from bodies built once at start, so it costs the same whoever calls it:
 * - app.bsky.feed.getTimeline: a ~50 KB valid timeline (50 posts);
 * - app.bsky.feed.searchPosts: a ~10 MB JSON body, written in 64 KiB chunks;
 * - /xrpc/_health: 200.
 * Every answer carries `atproto-repo-rev` newer than any repo, as a caught-up AppView's would.
 */
import http from 'node:http'

const port = Number(process.env.PORT)
const REV = '3zzzzzzzzzzzz'

function post(i) {
  const did = 'did:plc:bbbbbbbbbbbbbbbbbbbbbbbb'
  return {
    post: {
      uri: `at://${did}/app.bsky.feed.post/3kabcdefgh${String(i).padStart(3, '0')}`,
      cid: 'bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm',
      author: { did, handle: 'bob.test', displayName: 'Bob', avatar: 'https://cdn.example.com/avatar.jpg', labels: [] },
      record: {
        $type: 'app.bsky.feed.post',
        text: `post ${i} `.padEnd(700, 'lorem ipsum dolor sit amet '),
        createdAt: '2026-01-01T00:00:00.000Z',
        langs: ['en'],
      },
      replyCount: 1,
      repostCount: 2,
      likeCount: 3,
      quoteCount: 0,
      indexedAt: '2026-01-01T00:00:00.000Z',
      viewer: {},
      labels: [],
    },
  }
}

const timeline = Buffer.from(JSON.stringify({ feed: Array.from({ length: 50 }, (_, i) => post(i)), cursor: 'next' }))
const chunk = Buffer.alloc(64 * 1024, 'a')
const bigChunks = Math.ceil((10 * 1024 * 1024) / chunk.length)
const bigHead = Buffer.from('{"posts":[],"filler":"')
const bigTail = Buffer.from('"}')
const bigLength = bigHead.length + bigChunks * chunk.length + bigTail.length

const server = http.createServer((req, res) => {
  const path = req.url?.split('?')[0]
  if (path === '/xrpc/_health') return res.end('{}')
  if (path === '/xrpc/app.bsky.feed.getTimeline') {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': timeline.length,
      'atproto-repo-rev': REV,
    })
    return res.end(timeline)
  }
  if (path === '/xrpc/app.bsky.feed.searchPosts') {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': bigLength,
      'atproto-repo-rev': REV,
    })
    res.write(bigHead)
    let sent = 0
    const more = () => {
      while (sent < bigChunks) {
        sent++
        if (!res.write(chunk)) return res.once('drain', more)
      }
      res.end(bigTail)
    }
    return more()
  }
  res.writeHead(404, { 'content-type': 'application/json' })
  res.end('{"error":"MethodNotImplemented"}')
})
server.keepAliveTimeout = 60_000
server.listen(port, '127.0.0.1', () => console.log(`stand-in AppView on 127.0.0.1:${port}`))
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => process.exit(0)))
