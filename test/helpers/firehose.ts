/**
 * A hand-written subscribeRepos consumer for tests: raw WebSocket (`ws`), frames decoded with
 * xrpc-server's `Frame.fromBytes`, and sync v1.1 commit verification with @atproto/repo
 * (signature against the key in the PLC directory, op proofs, ops inverted back to prevData).
 *
 * @module
 */
import { createRequire } from 'node:module'
import { def, MemoryBlockstore, MST, readCarWithRoot, verifyCommitSig } from '@atproto/repo'
import { Frame } from '@atproto/xrpc-server'
import { type DidDocument, signingKeyOf } from '#src/identity/index.js'
import type { Cid } from '#src/repo/block-store.js'

interface RawSocket {
  on(event: 'message', cb: (data: Buffer) => void): void
  on(event: 'open', cb: () => void): void
  on(event: 'close', cb: (code: number, reason: Buffer) => void): void
  on(event: 'error', cb: (err: Error) => void): void
  pause(): void
  resume(): void
  close(): void
  terminate(): void
}
// @NOTE `ws` ships no types and @types/ws is not installed; this is the little we use
const WebSocket = createRequire(import.meta.url)('ws') as new (url: string) => RawSocket

/** One decoded frame. */
export type FirehoseFrame =
  | { kind: 'message'; type: string; body: Record<string, unknown> }
  | { kind: 'error'; error: string; message?: string }

/** A connection to subscribeRepos collecting every frame it receives. */
export class FirehoseClient {
  readonly frames: FirehoseFrame[] = []
  closed: { code: number; reason: string } | undefined
  readonly #socket: RawSocket
  readonly #waiters = new Set<() => void>()

  private constructor(socket: RawSocket) {
    this.#socket = socket
    socket.on('message', (data) => {
      const frame = Frame.fromBytes(new Uint8Array(data))
      if (frame.isError()) this.frames.push({ kind: 'error', error: frame.code, message: frame.message })
      else
        this.frames.push({ kind: 'message', type: String(frame.header.t), body: frame.body as Record<string, unknown> })
      this.#changed()
    })
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() }
      this.#changed()
    })
    socket.on('error', () => this.#changed())
  }

  /**
   * Connects to `pdsUrl`'s firehose, from `cursor` when given.
   *
   * @example
   * const sub = await FirehoseClient.connect(pds.url, 0)
   * await sub.waitFor((frames) => frames.length >= 3)
   */
  static connect(pdsUrl: string, cursor?: number): Promise<FirehoseClient> {
    const query = cursor === undefined ? '' : `?cursor=${cursor}`
    const socket = new WebSocket(`${pdsUrl.replace(/^http/, 'ws')}/xrpc/com.atproto.sync.subscribeRepos${query}`)
    const client = new FirehoseClient(socket)
    return new Promise((resolve, reject) => {
      socket.on('open', () => resolve(client))
      socket.on('error', reject)
    })
  }

  /** The message frames (not errors) received so far. */
  get messages() {
    return this.frames.flatMap((frame) => (frame.kind === 'message' ? [frame] : []))
  }

  /** Resolves once `done(frames)` holds; rejects after `timeoutMs`. */
  waitFor(done: (frames: FirehoseFrame[]) => boolean, timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done(this.frames)) return false
        this.#waiters.delete(check)
        clearTimeout(timer)
        resolve()
        return true
      }
      const timer = setTimeout(() => {
        this.#waiters.delete(check)
        reject(new Error(`firehose: condition not met in ${timeoutMs} ms (${this.frames.length} frames)`))
      }, timeoutMs)
      if (!check()) this.#waiters.add(check)
    })
  }

  /** Resolves once the server closed the connection. */
  waitClosed(timeoutMs = 15_000): Promise<{ code: number; reason: string }> {
    return this.waitFor(() => this.closed !== undefined, timeoutMs).then(
      () => this.closed as { code: number; reason: string },
    )
  }

  pause(): void {
    this.#socket.pause()
  }

  resume(): void {
    this.#socket.resume()
  }

  close(): void {
    this.#socket.terminate()
  }

  #changed(): void {
    for (const check of [...this.#waiters]) check()
  }
}

/** An op of a verified commit. */
export interface VerifiedOp {
  action: string
  path: string
  cid: string | null
  prev: string | null
}

/**
 * Verifies a `#commit` body the way a sync v1.1 consumer does and returns its ops: the CAR's
 * first root is the commit (`skipCidVerification`: for fixtures whose record bytes are stand-ins), the commit is signed by `didKey` for `repo` at `rev`, every op is
 * proven in the new tree, and inverting the ops on the new tree yields `prevData`.
 * Throws on any failure.
 */
export async function verifyCommitEvent(
  body: Record<string, unknown>,
  didKey: string,
  opts: { skipCidVerification?: boolean } = {},
): Promise<VerifiedOp[]> {
  const { root, blocks } = await readCarWithRoot(body.blocks as Uint8Array, opts)
  if (root.toString() !== String(body.commit)) throw new Error('the CAR root is not the commit')
  const storage = new MemoryBlockstore(blocks)
  const commit = await storage.readObj(root, def.commit)
  if (commit.did !== body.repo) throw new Error('the commit is for another repo')
  if (commit.rev !== body.rev) throw new Error('the commit rev differs from the event rev')
  if (!(await verifyCommitSig(commit, didKey))) throw new Error('bad commit signature')
  let tree = MST.load(storage, commit.data)
  const ops = body.ops as { action: string; path: string; cid: Cid | null; prev?: Cid }[]
  for (const op of ops) {
    const found = await tree.get(op.path)
    if ((found?.toString() ?? null) !== (op.cid?.toString() ?? null)) {
      throw new Error(`op ${op.action} ${op.path}: the tree has ${found}, the op ${op.cid}`)
    }
  }
  for (const op of [...ops].reverse()) {
    if (op.action === 'create') tree = await tree.delete(op.path)
    else if (op.action === 'update') tree = await tree.update(op.path, op.prev as Cid)
    else tree = await tree.add(op.path, op.prev as Cid)
  }
  const inverted = (await tree.getPointer()).toString()
  const prevData = body.prevData === undefined ? undefined : String(body.prevData)
  if (prevData === undefined) {
    if (ops.length > 0) throw new Error('a commit with ops lacks prevData')
  } else if (inverted !== prevData) {
    throw new Error(`inverting the ops gives ${inverted}, not prevData ${prevData}`)
  }
  return ops.map((op) => ({
    action: op.action,
    path: op.path,
    cid: op.cid?.toString() ?? null,
    prev: op.prev?.toString() ?? null,
  }))
}

/** The repo signing key (`did:key:...`) of `did`, as its PLC directory document names it. */
export async function signingKeyFromPlc(plcUrl: string, did: string): Promise<string> {
  const res = await fetch(`${plcUrl}/${did}`)
  if (!res.ok) throw new Error(`PLC directory answered ${res.status} for ${did}`)
  const key = signingKeyOf((await res.json()) as DidDocument)
  if (!key) throw new Error(`no #atproto key in the DID document of ${did}`)
  return key
}
