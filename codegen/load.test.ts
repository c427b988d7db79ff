import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { checkDoc, LexiconLoadError, Registry, readLexiconDir } from './load.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A folder of lexicon files, by NSID. */
function lexiconDir(files: { [nsid: string]: unknown }): string {
  const dir = mkdtempSync(join(tmpdir(), 'lexicons-'))
  dirs.push(dir)
  for (const [nsid, doc] of Object.entries(files)) {
    const file = `${join(dir, ...nsid.split('.'))}.json`
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc))
  }
  return dir
}

const ping = {
  lexicon: 1,
  id: 'com.example.ping',
  defs: {
    main: { type: 'query', output: { encoding: 'application/json', schema: { type: 'object', properties: {} } } },
  },
}

describe('checkDoc', () => {
  const cases: [string, { given: unknown; want: RegExp }][] = [
    [
      'a document that is not an object',
      { given: [], want: /^f\.json: \$: a Lexicon document must be a JSON object$/ },
    ],
    ['a lexicon version other than 1', { given: { ...ping, lexicon: 2 }, want: /\$\.lexicon: must be the integer 1/ }],
    ['an id that is not an NSID', { given: { ...ping, id: 'nope' }, want: /\$\.id: "nope" is not a valid NSID/ }],
    [
      'an unknown type, with the path of the definition',
      { given: { ...ping, defs: { main: { type: 'querry' } } }, want: /\$\.defs\.main\.type: unknown type "querry"/ },
    ],
    [
      'a malformed property deep inside, with its JSON path',
      {
        given: {
          ...ping,
          defs: {
            main: {
              type: 'query',
              parameters: { type: 'params', properties: { limit: { type: 'integer', minimum: 'one' } } },
            },
          },
        },
        want: /\$\.defs\.main\.parameters\.properties\.limit\.minimum: /,
      },
    ],
    [
      'a procedure not named main',
      {
        given: { ...ping, defs: { other: { type: 'procedure' } } },
        want: /\$\.defs\.other: a procedure must be the "main" definition/,
      },
    ],
  ]
  test.each(cases)('refuses %s', (_, { given, want }) => {
    expect(() => checkDoc(given, 'f.json')).toThrow(want)
  })

  test('accepts a well-formed document', () => {
    expect(checkDoc(ping, 'f.json').id).toBe('com.example.ping')
  })
})

describe('readLexiconDir and Registry', () => {
  test('names the file of unreadable JSON', () => {
    const dir = lexiconDir({ 'com.example.ping': '{ "lexicon": 1, ' })
    expect(() => readLexiconDir(dir)).toThrow(/ping\.json: \$: not valid JSON/)
  })

  test('refuses an id that does not match the file path', () => {
    const dir = lexiconDir({ 'com.example.pong': ping })
    expect(() => readLexiconDir(dir)).toThrow(/pong\.json: \$\.id: "com\.example\.ping" does not match the file's path/)
  })

  test('refuses a reference to nothing, with the path of the reference', () => {
    const doc = {
      ...ping,
      defs: {
        main: {
          type: 'query',
          output: { encoding: 'application/json', schema: { type: 'ref', ref: 'com.example.missing#thing' } },
        },
      },
    }
    const dir = lexiconDir({ 'com.example.ping': doc })
    try {
      new Registry(readLexiconDir(dir))
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(LexiconLoadError)
      expect((err as LexiconLoadError).jsonPath).toBe('$.defs.main.output.schema.ref')
      expect((err as LexiconLoadError).reason).toMatch(/does not name any loaded definition/)
    }
  })
})

describe('npm run codegen', () => {
  const main = resolve(import.meta.dirname, 'main.ts')
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', main, ...args], { encoding: 'utf8', stdio: 'pipe' }) }
    } catch (err) {
      const e = err as { status: number; stderr: string }
      return { code: e.status, out: e.stderr }
    }
  }

  test('generates from a new lexicon, and --check then passes', () => {
    const dir = lexiconDir({ 'com.example.ping': ping })
    const out = join(dir, '..', `${dir.split('/').pop()}-out`)
    dirs.push(out)
    expect(run(['--lexicons', dir, '--out', out]).code).toBe(0)
    expect(readFileSync(join(out, 'lexicons/com/example/ping.ts'), 'utf8')).toContain('export type Handler<')
    expect(readFileSync(join(out, 'handlers.ts'), 'utf8')).toContain(`'com.example.ping': ComExamplePing.Method<C, A>`)
    expect(run(['--lexicons', dir, '--out', out, '--check']).code).toBe(0)
    writeFileSync(join(out, 'handlers.ts'), '// edited by hand\n')
    const stale = run(['--lexicons', dir, '--out', out, '--check'])
    expect(stale.code).toBe(1)
    expect(stale.out).toMatch(/differs: handlers\.ts/)
  }, 60_000)

  test('a broken lexicon fails with file, path and reason, and leaves the previous output whole', () => {
    const dir = lexiconDir({ 'com.example.ping': ping })
    const out = join(dir, '..', `${dir.split('/').pop()}-out`)
    dirs.push(out)
    expect(run(['--lexicons', dir, '--out', out]).code).toBe(0)
    const before = readFileSync(join(out, 'handlers.ts'), 'utf8')
    writeFileSync(
      join(dir, 'com/example/ping.json'),
      JSON.stringify({
        ...ping,
        defs: { main: { type: 'query', output: { encoding: 'application/json', schema: { type: 'strang' } } } },
      }),
    )
    const failed = run(['--lexicons', dir, '--out', out])
    expect(failed.code).toBe(2)
    expect(failed.out).toMatch(/com\/example\/ping\.json: \$\.defs\.main\.output\.schema/)
    expect(readFileSync(join(out, 'handlers.ts'), 'utf8')).toBe(before)
  }, 60_000)
})
