/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/team/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as AppBskyActorDefs from '../../../app/bsky/actor/defs.js'

export const id = 'tools.ozone.team.defs'

export interface Member {
  $type?: 'tools.ozone.team.defs#member'
  did: string
  disabled?: boolean
  profile?: AppBskyActorDefs.ProfileViewDetailed
  createdAt?: string
  updatedAt?: string
  lastUpdatedBy?: string
  role: 'tools.ozone.team.defs#roleAdmin' | 'tools.ozone.team.defs#roleModerator' | 'tools.ozone.team.defs#roleTriage' | 'tools.ozone.team.defs#roleVerifier' | (string & {})
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkMember(v: unknown, p: string): Member {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.did
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "did"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/did must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/did must be a valid did')
  }
  const x2: unknown = o.disabled
  if (x2 !== undefined) {
    if (typeof x2 !== 'boolean') throw rt.invalid(p + '/disabled must be a boolean')
  }
  const x3: unknown = o.profile
  if (x3 !== undefined) {
    try {
      AppBskyActorDefs.checkProfileViewDetailed(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/profile')
    }
  }
  const x4: unknown = o.createdAt
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x4)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x5: unknown = o.updatedAt
  if (x5 !== undefined) {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/updatedAt must be a string')
    if (!rt.isDatetime(x5)) throw rt.invalid(p + '/updatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x6: unknown = o.lastUpdatedBy
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/lastUpdatedBy must be a string')
  }
  const x7: unknown = o.role
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "role"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/role must be a string')
  }
  return o as unknown as Member
}

/** Validates a value as Member; a failure says where, e.g. "Object/field must be a string". */
export function validateMember(v: unknown): rt.ValidationResult<Member> {
  return rt.run(checkMember, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Member; it does not validate it. */
export function isMember<V>(v: V): v is V & rt.Typed<Member, 'tools.ozone.team.defs#member'> {
  return rt.hasType(v, 'tools.ozone.team.defs#member')
}

/** Admin role. Highest level of access, can perform all actions. */
export const ROLE_ADMIN = 'tools.ozone.team.defs#roleAdmin'

/** Moderator role. Can perform most actions. */
export const ROLE_MODERATOR = 'tools.ozone.team.defs#roleModerator'

/** Triage role. Mostly intended for monitoring and escalating issues. */
export const ROLE_TRIAGE = 'tools.ozone.team.defs#roleTriage'

/** Verifier role. Only allowed to issue verifications. */
export const ROLE_VERIFIER = 'tools.ozone.team.defs#roleVerifier'
