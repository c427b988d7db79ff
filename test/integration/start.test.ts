import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { SourceMap } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanEnv } from '../helpers/child-env.js'
import { freePort } from '../helpers/test-server.js'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** What `npm start` needs of a checkout; node_modules is linked, not copied. */
const COPIED = ['package.json', 'package-lock.json', 'scripts', 'src', 'generated', 'migrations']

interface BuildModule {
  staleReason(root?: string): string | null
  build(root?: string): Promise<void>
  lineMappings(map: { mappings: string }): { mappings: string }
  BUILD_VERSION: number
  START_NODE_ARGS: string[]
  START_ENV: Record<string, string>
}

// @NOTE a copy of the checkout, so neither the build nor the touched files reach the real one
describe('npm start', () => {
  let copy: string
  let data: string
  let buildModule: BuildModule

  beforeAll(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pds-start-'))
    data = fs.mkdtempSync(path.join(os.tmpdir(), 'pds-start-data-'))
    for (const entry of COPIED) fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true })
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'))
  })
  afterAll(() => {
    fs.rmSync(copy, { recursive: true, force: true })
    fs.rmSync(data, { recursive: true, force: true })
  })

  const build = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/build.mjs', ...args], { cwd: copy, env: cleanEnv(), encoding: 'utf8' })
  const later = (file: string, seconds = 60) => {
    const at = new Date(Date.now() + seconds * 1000)
    fs.utimesSync(path.join(copy, file), at, at)
  }

  it('builds dist/ when it is missing, and skips the build while it is fresh', async () => {
    const first = build('--if-stale')
    expect(first.status).toBe(0)
    expect(first.stderr).toMatch(/built dist\/ in [\d.]+ s \(no build yet\)/)
    const built = fs.statSync(path.join(copy, 'dist', 'index.js')).mtimeMs
    expect(fs.existsSync(path.join(copy, 'dist', 'index.js.map'))).toBe(true)
    expect(fs.existsSync(path.join(copy, 'dist', 'pds-admin.js'))).toBe(true)
    // @NOTE one character past Latin-1 (a tagged template keeps it as written) makes V8 hold the
    // whole bundle's source in two bytes per character: ~1.7 MB more heap for as long as it runs
    const bundle = fs.readFileSync(path.join(copy, 'dist', 'index.js'), 'utf8')
    const wide: string[] = []
    for (let i = 0; i < bundle.length; i++) if (bundle.charCodeAt(i) > 0xff) wide.push(bundle.slice(i - 40, i + 40))
    expect(wide).toEqual([])

    const second = build('--if-stale')
    expect(second.status).toBe(0)
    expect(second.stderr).toBe('')
    expect(fs.statSync(path.join(copy, 'dist', 'index.js')).mtimeMs).toBe(built)
    buildModule = (await import(pathToFileURL(path.join(copy, 'scripts', 'build.mjs')).href)) as BuildModule
    expect(buildModule.staleReason()).toBeNull()
  }, 120_000)

  it('writes source maps that map every position of the bundle to the line esbuild maps it to, with under a third of its mappings', async () => {
    const esbuild = await import('esbuild')
    const { lineMappings } = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'build.mjs')).href)) as BuildModule
    const out = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['src/index.ts'],
      outdir: 'out',
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'silent',
    })
    const text = (suffix: string) => out.outputFiles.find((f) => f.path.endsWith(suffix))?.text ?? ''
    const full = JSON.parse(text('.js.map')) as { mappings: string }
    const lines = lineMappings(full)
    const segments = (map: { mappings: string }) => map.mappings.split(/[;,]/).filter(Boolean).length
    expect(segments(lines)).toBeLessThan(segments(full) / 3)
    const [a, b] = [new SourceMap(full as never), new SourceMap(lines as never)]
    const mismatches: string[] = []
    for (const [line, code] of text('.js').split('\n').entries()) {
      for (let column = 0; column < code.length; column += 3) {
        const [want, got] = [a.findEntry(line, column), b.findEntry(line, column)] as {
          originalSource?: string
          originalLine?: number
        }[]
        if (want?.originalSource !== got?.originalSource || want?.originalLine !== got?.originalLine) {
          mismatches.push(
            `${line}:${column} ${want?.originalSource}:${want?.originalLine} ${got?.originalSource}:${got?.originalLine}`,
          )
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([])
  }, 120_000)

  it('counts dist/ stale when a source, a folder, the manifest, the lockfile or the build version changed', async () => {
    const stamp = path.join(copy, 'dist', 'build.json')
    const restamp = () => {
      const at = new Date(Date.now() + 120_000)
      fs.utimesSync(stamp, at, at)
    }
    const cases: [string, () => void, RegExp][] = [
      ['a source file', () => later('src/errors.ts', 600), /^src\/errors\.ts changed$/],
      ['a generated file', () => later('generated/handlers.ts', 600), /^generated\/handlers\.ts changed$/],
      [
        'a new migration',
        () => {
          fs.writeFileSync(path.join(copy, 'migrations', 'zz-new.ts'), 'export {}\n')
          later('migrations/zz-new.ts', 600)
        },
        /^migrations\/ changed$|^migrations\/zz-new\.ts changed$/,
      ],
      ['package.json', () => later('package.json', 600), /^package\.json changed$/],
      ['the lockfile', () => later('package-lock.json', 600), /^package-lock\.json changed$/],
      [
        'the build version',
        () => fs.writeFileSync(stamp, JSON.stringify({ version: buildModule.BUILD_VERSION - 1 })),
        /^built by build version/,
      ],
      [
        'a missing bundle',
        () => fs.renameSync(path.join(copy, 'dist', 'index.js'), path.join(copy, 'index.js')),
        /dist\/index\.js is missing/,
      ],
    ]
    for (const [, change, why] of cases) {
      restamp()
      expect(buildModule.staleReason()).toBeNull()
      change()
      expect(buildModule.staleReason()).toMatch(why)
      // put it back as it was built
      if (fs.existsSync(path.join(copy, 'index.js'))) {
        fs.renameSync(path.join(copy, 'index.js'), path.join(copy, 'dist', 'index.js'))
      }
      fs.rmSync(path.join(copy, 'migrations', 'zz-new.ts'), { force: true })
      fs.writeFileSync(stamp, JSON.stringify({ version: buildModule.BUILD_VERSION }))
      for (const file of ['src/errors.ts', 'generated/handlers.ts', 'package.json', 'package-lock.json']) {
        fs.utimesSync(path.join(copy, file), new Date(0), new Date(0))
      }
    }
    restamp()
    expect(buildModule.staleReason()).toBeNull()
    // a stale dist/ is built again by the start script's step
    later('src/errors.ts', 600)
    const rebuilt = build('--if-stale')
    expect(rebuilt.status).toBe(0)
    expect(rebuilt.stderr).toMatch(/\(src\/errors\.ts changed\)/)
    fs.utimesSync(path.join(copy, 'src/errors.ts'), new Date(0), new Date(0))
    expect(buildModule.staleReason()).toBeNull()
  }, 120_000)

  it('runs the compiled server: no TypeScript loader in the process, describeServer over HTTP, stops on SIGTERM', async () => {
    const port = await freePort()
    // @NOTE the Node running the tests runs npm and the start script's `node` too
    const env = {
      ...cleanEnv(),
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
      PDS_PORT: String(port),
      PDS_BIND_HOST: '127.0.0.1',
      PDS_DATA_DIRECTORY: data,
      LOG_LEVEL: 'info',
    }
    fs.rmSync(path.join(copy, 'dist'), { recursive: true, force: true })
    const npm = spawn('npm', ['start'], { cwd: copy, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    npm.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    npm.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)))
    let server: number | undefined
    try {
      const described = await waitForDescribe(`http://127.0.0.1:${port}`, npm, () => output)
      expect(described).toMatchObject({ did: expect.stringMatching(/^did:web:/), availableUserDomains: ['.test'] })
      expect(output).toMatch(/built dist\/ in [\d.]+ s \(no build yet\)/)

      server = childrenOf(npm.pid as number)[0]
      expect(server).toBeDefined()
      const pid = server as number
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
      expect(argv.slice(1)).toEqual([...buildModule.START_NODE_ARGS, 'dist/index.js'])
      expect(buildModule.START_NODE_ARGS).toContain('--heap-growing-percent=50')
      expect(fs.realpathSync(`/proc/${pid}/cwd`)).toBe(fs.realpathSync(copy))
      const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')
      expect(Object.keys(buildModule.START_ENV)).toEqual(['MALLOC_ARENA_MAX'])
      for (const [name, value] of Object.entries(buildModule.START_ENV)) expect(environ).toContain(`${name}=${value}`)
      expect(environ.filter((v) => v.startsWith('NODE_OPTIONS=') && /tsx|loader|--import/.test(v))).toEqual([])
      // @NOTE the password hasher's native addon loads at the first hash, not at start
      expect(fs.readFileSync(`/proc/${pid}/maps`, 'utf8')).not.toMatch(/argon2/)
      // @NOTE tsx compiles through an esbuild service process; the compiled server starts none
      expect(childrenOf(pid)).toEqual([])

      process.kill(pid, 'SIGTERM')
      expect(await within(exited, 20_000)).toBe(0)
      expect(output).toContain('shut down')
    } finally {
      if (npm.exitCode === null) {
        if (server !== undefined) killQuietly(server)
        killQuietly(npm.pid as number)
        await exited
      }
    }
  }, 150_000)
})

async function waitForDescribe(url: string, child: ChildProcess, output: () => string): Promise<unknown> {
  // @NOTE the first start builds dist/ first, on a loaded machine that takes a while
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`)
    try {
      const res = await fetch(`${url}/xrpc/com.atproto.server.describeServer`)
      if (res.ok) return await res.json()
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`npm start did not answer within 90 s:\n${output()}`)
}

function childrenOf(pid: number): number[] {
  const tasks = fs.readdirSync(`/proc/${pid}/task`)
  return tasks.flatMap((task) =>
    fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  )
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  return Promise.race([promise, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms))])
}
