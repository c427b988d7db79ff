import { expect, it } from 'vitest'
import { weakEtag } from './etag.js'

// @NOTE the wants are what express's own generator (the `etag` package, weak) makes of the same bytes
const cases: [string, { given: string | Buffer; want: string }][] = [
  ['an empty body', { given: '', want: 'W/"0-2jmj7l5rSw0yVb/vlWAYkK/YBwk"' }],
  ['an empty object', { given: '{}', want: 'W/"2-vyGp6PvFo4RvsFtPoIWeCReyIC8"' }],
  [
    'a record with non-ASCII text (the length is in bytes)',
    {
      given: '{"uri":"at://did:plc:x/app.bsky.feed.post/3k","value":{"text":"héllo ✓"}}',
      want: 'W/"4c-hFSqdKLR2sDsSZO/vd0uVO1MLAU"',
    },
  ],
  ['a 70,000-byte buffer', { given: Buffer.alloc(70_000, 97), want: 'W/"11170-SdwOkwTKh/IVHeMvbFKRvwnF5lI"' }],
]
it.each(cases)('matches express for %s', (_, { given, want }) => expect(weakEtag(given, 'utf8')).toBe(want))
