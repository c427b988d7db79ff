import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPreferences, putPreferences } from '#src/account/preferences.js'
import { signUp, type TestAccount } from '../helpers/accounts.js'
import { dialects } from '../helpers/db.js'
import { startTestPlc, type TestPlc } from '../helpers/plc.js'
import { proxyConfig, type StandInAppView, startStandInAppView } from '../helpers/stand-in-appview.js'
import { startTestServer, type TestServer } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

const adult = () => ({ $type: 'app.bsky.actor.defs#personalDetailsPref', birthDate: '1990-04-01T00:00:00.000Z' })

describe.each(dialects())('AppView preferences (%s)', (dialect) => {
  let plc: TestPlc
  let appview: StandInAppView
  let other: StandInAppView
  let pds: TestServer
  let alice: TestAccount
  let bob: TestAccount

  beforeAll(async () => {
    plc = await startTestPlc()
    appview = await startStandInAppView({ plcUrl: plc.url })
    other = await startStandInAppView({ plcUrl: plc.url })
    pds = await startTestServer({ dialect, plcUrl: plc.url, config: { proxy: proxyConfig(appview) } })
    alice = await signUp(pds)
    bob = await signUp(pds)
  })
  afterAll(async () => {
    await pds?.close()
    await appview?.close()
    await other?.close()
    await plc?.close()
  })

  const get = (agent = alice.agent) => agent.app.bsky.actor.getPreferences().then((r) => r.data.preferences)
  const put = (preferences: object[], agent = alice.agent) =>
    agent.app.bsky.actor.putPreferences({ preferences: preferences as { $type: string }[] })

  it('round-trips preferences in order, per account, without asking the AppView', async () => {
    const prefs = [
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
      {
        $type: 'app.bsky.actor.defs#savedFeedsPrefV2',
        items: [{ id: '1', type: 'timeline', value: 'following', pinned: true }],
      },
      { $type: 'app.bsky.actor.defs#contentLabelPref', label: 'nsfw', visibility: 'warn' },
    ]
    await put(prefs)
    expect(await get()).toEqual(prefs)
    expect(await get(bob.agent)).toEqual([])
    await put([prefs[2] as object])
    expect(await get()).toEqual([prefs[2]])
    expect(appview.calls).toHaveLength(0)
  })

  it('derives the declared-age preference from the birth date and never stores it', async () => {
    await put([adult(), { $type: 'app.bsky.actor.defs#declaredAgePref', isOverAge13: false }])
    expect(await get()).toEqual([
      adult(),
      { $type: 'app.bsky.actor.defs#declaredAgePref', isOverAge13: true, isOverAge16: true, isOverAge18: true },
    ])
    const young = new Date()
    young.setUTCFullYear(young.getUTCFullYear() - 14)
    await put([{ ...adult(), birthDate: young.toISOString() }])
    expect((await get()).at(-1)).toMatchObject({ isOverAge13: true, isOverAge16: false, isOverAge18: false })
  })

  it.each([
    ['a type outside app.bsky', [{ $type: 'com.example.pref', x: 1 }], /namespace/],
    ['a preference without $type', [{ enabled: true }], /\$type/],
  ])('refuses %s and keeps what was there', async (_, preferences, message) => {
    await put([{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }])
    const err = await xrpcError(put(preferences))
    expect(err).toMatchObject({ status: 400, error: 'InvalidRequest' })
    expect(err.message).toMatch(message)
    expect(await get()).toEqual([{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }])
  })

  it('hides and keeps personal details for a caller without a full session (app passwords)', async () => {
    await put([adult(), { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }])
    const limited = { fullAccess: false }
    expect(await getPreferences(pds.ctx.db, alice.did, limited)).toEqual([
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: true },
      { $type: 'app.bsky.actor.defs#declaredAgePref', isOverAge13: true, isOverAge16: true, isOverAge18: true },
    ])
    await expect(putPreferences(pds.ctx.db, alice.did, [adult()], limited)).rejects.toThrow(/Not allowed/)
    await putPreferences(
      pds.ctx.db,
      alice.did,
      [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }],
      limited,
    )
    expect(await get()).toEqual([
      adult(),
      { $type: 'app.bsky.actor.defs#adultContentPref', enabled: false },
      { $type: 'app.bsky.actor.defs#declaredAgePref', isOverAge13: true, isOverAge16: true, isOverAge18: true },
    ])
  })

  it('forwards both methods when atproto-proxy names another AppView, and keeps ours untouched', async () => {
    await put([{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }])
    const elsewhere = { headers: { 'atproto-proxy': `${other.did}#bsky_appview` } }
    other.routes.set('app.bsky.actor.getPreferences', () => ({
      body: { preferences: [{ $type: 'app.bsky.actor.defs#threadViewPref', sort: 'newest' }] },
    }))
    other.routes.set('app.bsky.actor.putPreferences', () => ({ body: '' }))
    const { data } = await alice.agent.app.bsky.actor.getPreferences({}, elsewhere)
    expect(data.preferences).toEqual([{ $type: 'app.bsky.actor.defs#threadViewPref', sort: 'newest' }])
    await alice.agent.app.bsky.actor.putPreferences(
      { preferences: [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }] },
      elsewhere,
    )
    const [, putCall] = other.calls
    expect(putCall?.jwt).toMatchObject({ iss: alice.did, aud: other.did, lxm: 'app.bsky.actor.putPreferences' })
    expect(JSON.parse(putCall?.body.toString() ?? '')).toEqual({
      preferences: [{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: false }],
    })
    expect(await get()).toEqual([{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }])
    // naming our own AppView is the same as naming none: served here
    const { data: ours } = await alice.agent.app.bsky.actor.getPreferences(
      {},
      { headers: { 'atproto-proxy': `${appview.did}#bsky_appview` } },
    )
    expect(ours.preferences).toEqual([{ $type: 'app.bsky.actor.defs#adultContentPref', enabled: true }])
    expect(appview.calls).toHaveLength(0)
  })
})
