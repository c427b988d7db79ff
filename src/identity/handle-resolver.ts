import dns from 'node:dns/promises'

const DNS_PREFIX = 'did='

/**
 * Resolves a handle that is not hosted here: DNS TXT `_atproto.<handle>` first, then
 * `https://<handle>/.well-known/atproto-did`. Returns the DID, or null when neither
 * names exactly one.
 *
 * @see https://atproto.com/specs/handle#handle-resolution
 * @example
 * await resolveHandleExternally('alice.example.com') // 'did:plc:...' or null
 */
export async function resolveHandleExternally(handle: string, timeoutMs = 3_000): Promise<string | null> {
  return (await resolveDns(handle, timeoutMs)) ?? (await resolveHttps(handle, timeoutMs))
}

async function resolveDns(handle: string, timeoutMs: number): Promise<string | null> {
  const resolver = new dns.Resolver({ timeout: timeoutMs, tries: 2 })
  let records: string[][]
  try {
    records = await resolver.resolveTxt(`_atproto.${handle}`)
  } catch {
    return null
  }
  const dids = records.map((chunks) => chunks.join('')).filter((text) => text.startsWith(DNS_PREFIX))
  // @NOTE several did= records make the handle ambiguous, so it does not resolve
  return dids.length === 1 ? (dids[0] as string).slice(DNS_PREFIX.length) : null
}

async function resolveHttps(handle: string, timeoutMs: number): Promise<string | null> {
  try {
    const res = await fetch(`https://${handle}/.well-known/atproto-did`, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    })
    if (!res.ok) {
      await res.body?.cancel()
      return null
    }
    const did = (await res.text()).split('\n')[0]?.trim() ?? ''
    return did.startsWith('did:') ? did : null
  } catch {
    return null
  }
}
