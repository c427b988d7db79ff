/**
 * Subjects of moderation (an account, a record, a blob) and their status, as the
 * com.atproto.admin Lexicons name them.
 *
 * @module
 */

/** A takedown (or moderation status) as the Lexicon's `statusAttr`. */
export interface StatusAttr {
  applied: boolean
  ref?: string
}

/** A subject of moderation: an account, a record or a blob. */
export type Subject =
  | { $type: 'com.atproto.admin.defs#repoRef'; did: string }
  | { $type: 'com.atproto.repo.strongRef'; uri: string; cid: string }
  | { $type: 'com.atproto.admin.defs#repoBlobRef'; did: string; cid: string; recordUri?: string }

/** A takedown reference as a `statusAttr`: applied while there is one. */
export function statusAttr(ref: string | null): StatusAttr {
  return ref === null ? { applied: false } : { applied: true, ref }
}

/** What `AdminService.subjectStatus` takes to find `subject`. */
export function statusQueryOf(subject: Subject): { did?: string; uri?: string; blob?: string } {
  if (subject.$type === 'com.atproto.admin.defs#repoRef') return { did: subject.did }
  if (subject.$type === 'com.atproto.repo.strongRef') return { uri: subject.uri }
  return { did: subject.did, blob: subject.cid }
}

/** How the audit log and messages name `subject`. */
export function subjectKey(subject: Subject): string {
  if (subject.$type === 'com.atproto.admin.defs#repoRef') return subject.did
  return subject.$type === 'com.atproto.repo.strongRef' ? subject.uri : `${subject.did}/${subject.cid}`
}

/** The kind of `subject`, the first word of its audit action. */
export function subjectKind(subject: Subject): 'account' | 'record' | 'blob' {
  if (subject.$type === 'com.atproto.admin.defs#repoRef') return 'account'
  return subject.$type === 'com.atproto.repo.strongRef' ? 'record' : 'blob'
}
