/**
 * @module
 * Benchmark: validation throughput, from a parsed JSON request body to a validated
 * value (including the $link/$bytes conversion the server performs), for an
 * app.bsky.feed.post with facets and an image embed, and for a createRecord input
 * carrying it. Ours vs @atproto/lexicon (jsonToLex + assert) vs @atcute/lexicons,
 * in one run, reported as ops/s and ratios.
 *
 * @example
 *   npx tsx bench/validation.ts
 */
import { ComAtprotoRepoCreateRecord } from '@atcute/atproto'
import { AppBskyFeedPost } from '@atcute/bluesky'
import { safeParse } from '@atcute/lexicons/validations'
import { Lexicons, jsonToLex as referenceJsonToLex } from '@atproto/lexicon'
import { Bench } from 'tinybench'
import { Registry, readLexiconDir } from '../codegen/load.js'
import * as OurPost from '../generated/lexicons/app/bsky/feed/post.js'
import * as OurCreateRecord from '../generated/lexicons/com/atproto/repo/createRecord.js'
import { jsonToLex } from '../generated/runtime/index.js'

const registry = new Registry(readLexiconDir(new URL('../lexicons', import.meta.url).pathname))
const reference = new Lexicons(structuredClone([...registry.docs.values()].map((d) => d.doc)))

const text = 'Hello @alice.bsky.social! Read https://example.com/article about #atproto today 🦋'
const bytes = (s: string) => Buffer.byteLength(s)
const slice = (part: string) => ({
  byteStart: bytes(text.slice(0, text.indexOf(part))),
  byteEnd: bytes(text.slice(0, text.indexOf(part))) + bytes(part),
})

/** A post as a client sends it: facets (mention, link, tag) and one image. */
export const POST_JSON = {
  $type: 'app.bsky.feed.post',
  text,
  facets: [
    {
      index: slice('@alice.bsky.social'),
      features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz' }],
    },
    {
      index: slice('https://example.com/article'),
      features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/article' }],
    },
    { index: slice('#atproto'), features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'atproto' }] },
  ],
  embed: {
    $type: 'app.bsky.embed.images',
    images: [
      {
        alt: 'A butterfly on a flower',
        image: {
          $type: 'blob',
          ref: { $link: 'bafkreifpfpn6dku3n3a6flpb22kpih6hdkbr2ati5gerkyqrhwfgflorx4' },
          mimeType: 'image/jpeg',
          size: 284812,
        },
        aspectRatio: { width: 2000, height: 1500 },
      },
    ],
  },
  langs: ['en'],
  createdAt: '2026-11-26T01:02:03.456Z',
}

export const CREATE_RECORD_JSON = {
  repo: 'did:plc:ewvi7nxzyoun6zhxrhs64oiz',
  collection: 'app.bsky.feed.post',
  record: POST_JSON,
}

// every contender must accept the samples, or the numbers mean nothing
const ours = OurPost.validateRecord(jsonToLex(POST_JSON))
if (!ours.success) throw new Error(`ours rejected the sample post: ${ours.error.message}`)
reference.assertValidRecord('app.bsky.feed.post', referenceJsonToLex(POST_JSON))
const theirs = safeParse(AppBskyFeedPost.mainSchema, POST_JSON)
if (!theirs.ok) throw new Error(`@atcute rejected the sample post: ${JSON.stringify(theirs)}`)

const POST_LEX = jsonToLex(POST_JSON)
const ourInput = OurCreateRecord.schema.input.schema as { parse(v: unknown): { record: unknown } }

const bench = new Bench({ time: 1500, warmupTime: 300 })
bench
  .add('post: ours (jsonToLex + validateRecord)', () => {
    OurPost.validateRecord(jsonToLex(POST_JSON))
  })
  .add('post: ours, validation alone (value already in lex form)', () => {
    OurPost.validateRecord(POST_LEX)
  })
  .add('post: @atproto/lexicon (jsonToLex + assertValidRecord)', () => {
    reference.assertValidRecord('app.bsky.feed.post', referenceJsonToLex(POST_JSON))
  })
  .add('post: @atcute/lexicons (safeParse, validation alone)', () => {
    safeParse(AppBskyFeedPost.mainSchema, POST_JSON)
  })
  .add('createRecord: ours (input + record)', () => {
    const input = ourInput.parse(jsonToLex(CREATE_RECORD_JSON))
    OurPost.validateRecord(input.record)
  })
  .add('createRecord: @atproto/lexicon (input + record)', () => {
    const input = reference.assertValidXrpcInput(
      'com.atproto.repo.createRecord',
      referenceJsonToLex(CREATE_RECORD_JSON),
    ) as {
      record: unknown
    }
    reference.assertValidRecord('app.bsky.feed.post', input.record)
  })
  .add('createRecord: @atcute/lexicons (input + record)', () => {
    const input = safeParse(ComAtprotoRepoCreateRecord.mainSchema.input.schema, CREATE_RECORD_JSON)
    if (input.ok) safeParse(AppBskyFeedPost.mainSchema, (input.value as { record: unknown }).record)
  })

await bench.run()
const opsPerSecond = (task: (typeof bench.tasks)[number] | undefined) =>
  task?.result.state === 'completed' ? 1000 / task.result.period : Number.NaN
const hz = (name: string) => opsPerSecond(bench.tasks.find((t) => t.name.startsWith(name)))
console.log('Validation throughput (ops/s, mean):')
for (const task of bench.tasks)
  console.log(`  ${task.name.padEnd(56)} ${Math.round(opsPerSecond(task)).toLocaleString('en-US')}`)
console.log(
  `  post, validation alone: ours / @atcute = ${(hz('post: ours, validation alone') / hz('post: @atcute')).toFixed(2)}x (@atcute keeps $link as strings; ours parses them into CIDs)`,
)
for (const what of ['post', 'createRecord']) {
  const ourHz = hz(`${what}: ours (`)
  console.log(
    `  ${what}: ours / @atproto/lexicon = ${(ourHz / hz(`${what}: @atproto/lexicon`)).toFixed(1)}x, ours / @atcute = ${(ourHz / hz(`${what}: @atcute`)).toFixed(2)}x`,
  )
}
