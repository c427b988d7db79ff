/**
 * The methods of the Lexicon set this PDS does not implement, each with what happens to it
 * instead: forwarded to another service (`proxied`, src/proxy/ does it), or answered 501 with
 * the reason (`unserved`). With the handlers they make up the full `MethodMap` in
 * ./index.ts, so a new Lexicon method does not compile until it is placed here or served.
 *
 * @module
 */
import { type MethodId, methods, rt } from '#generated/index.js'

/** The NSIDs of the methods under `prefix`, e.g. `app.bsky.`. */
type Family<P extends string> = Extract<MethodId, `${P}${string}`>

/**
 * Every method under `prefix` marked proxied to `service`: a family whose methods all belong
 * to one kind of service, so a method the Lexicon set gains there is forwarded like the rest.
 *
 * @example
 * const appView = proxiedFamily('app.bsky.', 'the AppView')
 */
export function proxiedFamily<P extends string>(prefix: P, service: string): { [K in Family<P>]: rt.NotServed } {
  const marker = rt.proxied(service)
  const nsids = Object.keys(methods).filter((nsid) => nsid.startsWith(prefix))
  return Object.fromEntries(nsids.map((nsid) => [nsid, marker])) as { [K in Family<P>]: rt.NotServed }
}

/** The families forwarded whole (src/proxy/targets.ts picks each one's default service). */
export const proxiedFamilies = {
  ...proxiedFamily('app.bsky.', 'the AppView'),
  // @NOTE chat has no default service: a call is forwarded only with an atproto-proxy header
  ...proxiedFamily('chat.bsky.', 'the chat service named by the atproto-proxy header'),
  ...proxiedFamily('tools.ozone.', 'the moderation service'),
}

/** The com.atproto methods this PDS does not implement, one by one. */
export const notServedMethods = {
  'com.atproto.label.queryLabels': rt.proxied('the AppView (labels are a labeler or AppView concern)'),
  'com.atproto.label.subscribeLabels': rt.unserved('a labeler stream: this PDS issues no labels'),
  'com.atproto.lexicon.resolveLexicon': rt.proxied('the AppView'),
  'com.atproto.moderation.createReport': rt.proxied('the report service'),
  'com.atproto.sync.getCheckout': rt.unserved('deprecated: use com.atproto.sync.getRepo'),
  'com.atproto.sync.getHead': rt.unserved('deprecated: use com.atproto.sync.getLatestCommit'),
  'com.atproto.sync.getHostStatus': rt.unserved('a relay method: a PDS has no hosts'),
  'com.atproto.sync.listHosts': rt.unserved('a relay method: a PDS has no hosts'),
  'com.atproto.sync.listReposByCollection': rt.unserved('a relay method: it needs a network-wide collection index'),
  'com.atproto.sync.notifyOfUpdate': rt.unserved('a relay method: this PDS notifies relays, it is not one'),
  'com.atproto.sync.requestCrawl': rt.unserved('a relay method: this PDS asks relays to crawl (PDS_CRAWLERS)'),
  'com.atproto.temp.addReservedHandle': rt.unserved('a bsky.social operator method'),
  'com.atproto.temp.checkHandleAvailability': rt.unserved('not implemented yet'),
  'com.atproto.temp.checkSignupQueue': rt.unserved('this PDS has no signup queue'),
  'com.atproto.temp.dereferenceScope': rt.unserved('permission-set scopes are not supported yet'),
  'com.atproto.temp.fetchLabels': rt.unserved('deprecated: use com.atproto.label.queryLabels'),
  'com.atproto.temp.requestPhoneVerification': rt.unserved('a bsky.social signup method: no phone verification here'),
  'com.atproto.temp.revokeAccountCredentials': rt.unserved('not implemented yet'),
} satisfies { [K in MethodId]?: rt.NotServed }
