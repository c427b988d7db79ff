import { describe, expect, it } from 'vitest'
import { DpopNonces } from '#src/auth/oauth/dpop.js'
import { describeScopes } from './describe-scopes.js'
import { chooseMessages, pickMessages } from './i18n.js'

describe('pickMessages', () => {
  const cases: [string, { given: string | undefined; want: string }][] = [
    ['no header: English', { given: undefined, want: 'en' }],
    ['a region falls back to its language', { given: 'fr-CA', want: 'fr' }],
    ['quality values decide', { given: 'de;q=0.9, fr;q=0.8, en;q=0.5', want: 'fr' }],
    ['q=0 is a refusal', { given: 'fr;q=0, en', want: 'en' }],
    ['untranslated languages: English', { given: 'ja, de', want: 'en' }],
  ]
  it.each(cases)('%s', (_, { given, want }) => expect(pickMessages(given).lang).toBe(want))
})

describe('chooseMessages', () => {
  const cases: [string, { given: Parameters<typeof chooseMessages>[0]; want: string }][] = [
    ['the menu choice wins', { given: { picked: 'fr', remembered: 'en', acceptLanguage: 'en' }, want: 'fr' }],
    ['then the remembered one', { given: { remembered: 'fr', acceptLanguage: 'en' }, want: 'fr' }],
    ['an unknown choice is ignored', { given: { picked: 'xx', acceptLanguage: 'fr' }, want: 'fr' }],
    ['not a prototype key', { given: { picked: 'constructor', remembered: 'toString' }, want: 'en' }],
    ['else Accept-Language', { given: { acceptLanguage: 'fr-BE' }, want: 'fr' }],
  ]
  it.each(cases)('%s', (_, { given, want }) => expect(chooseMessages(given).lang).toBe(want))
})

describe('describeScopes', () => {
  it('says what granular permissions allow, in the page language', () => {
    const scope =
      'atproto repo:app.bsky.feed.post?action=create&action=delete account:status?action=manage blob:image/*'
    expect(describeScopes(scope, pickMessages('en'), '@alice.test')).toEqual([
      'Know that you are @alice.test',
      'Create, delete records of type app.bsky.feed.post',
      'Deactivate or reactivate your account',
      'Upload files (image/*)',
    ])
    expect(describeScopes('account:status?action=manage', pickMessages('fr'), '@a')).toEqual([
      'Désactiver ou réactiver votre compte',
    ])
  })
})

describe('DpopNonces', () => {
  it('accepts the neighbouring periods and nothing older', () => {
    const nonces = new DpopNonces('secret', 60_000)
    const now = 10 * 60_000
    expect(nonces.isValid(nonces.current(now - 60_000), now)).toBe(true)
    expect(nonces.isValid(nonces.current(now + 60_000), now)).toBe(true)
    expect(nonces.isValid(nonces.current(now - 120_000), now)).toBe(false)
    expect(new DpopNonces('other', 60_000).isValid(nonces.current(now), now)).toBe(false)
  })
})
