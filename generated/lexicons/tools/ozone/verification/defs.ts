/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/tools/ozone/verification/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'
import * as ToolsOzoneModerationDefs from '../moderation/defs.js'

export const id = 'tools.ozone.verification.defs'

/** Verification data for the associated subject. */
export interface VerificationView {
  $type?: 'tools.ozone.verification.defs#verificationView'
  /** The user who issued this verification. */
  issuer: string
  /** The AT-URI of the verification record. */
  uri: string
  /** The subject of the verification. */
  subject: string
  /** Handle of the subject the verification applies to at the moment of verifying, which might not be the same at the time of viewing. The verification is only valid if the current handle matches the one at the time of verifying. */
  handle: string
  /** Display name of the subject the verification applies to at the moment of verifying, which might not be the same at the time of viewing. The verification is only valid if the current displayName matches the one at the time of verifying. */
  displayName: string
  /** Timestamp when the verification was created. */
  createdAt: string
  /** Describes the reason for revocation, also indicating that the verification is no longer valid. */
  revokeReason?: string
  /** Timestamp when the verification was revoked. */
  revokedAt?: string
  /** The user who revoked this verification. */
  revokedBy?: string
  subjectProfile?: rt.UnknownTyped
  issuerProfile?: rt.UnknownTyped
  subjectRepo?: rt.Typed<ToolsOzoneModerationDefs.RepoViewDetail, 'tools.ozone.moderation.defs#repoViewDetail'> | rt.Typed<ToolsOzoneModerationDefs.RepoViewNotFound, 'tools.ozone.moderation.defs#repoViewNotFound'> | rt.UnknownTyped
  issuerRepo?: rt.Typed<ToolsOzoneModerationDefs.RepoViewDetail, 'tools.ozone.moderation.defs#repoViewDetail'> | rt.Typed<ToolsOzoneModerationDefs.RepoViewNotFound, 'tools.ozone.moderation.defs#repoViewNotFound'> | rt.UnknownTyped
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkVerificationView(v: unknown, p: string): VerificationView {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.issuer
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "issuer"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/issuer must be a string')
    if (!rt.isDid(x1)) throw rt.invalid(p + '/issuer must be a valid did')
  }
  const x2: unknown = o.uri
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isAtUri(x2)) throw rt.invalid(p + '/uri must be a valid at-uri')
  }
  const x3: unknown = o.subject
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "subject"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/subject must be a string')
    if (!rt.isDid(x3)) throw rt.invalid(p + '/subject must be a valid did')
  }
  const x4: unknown = o.handle
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "handle"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/handle must be a string')
    if (!rt.isHandle(x4)) throw rt.invalid(p + '/handle must be a valid handle')
  }
  const x5: unknown = o.displayName
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "displayName"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/displayName must be a string')
  }
  const x6: unknown = o.createdAt
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x6)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x7: unknown = o.revokeReason
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/revokeReason must be a string')
  }
  const x8: unknown = o.revokedAt
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/revokedAt must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/revokedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.revokedBy
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/revokedBy must be a string')
    if (!rt.isDid(x9)) throw rt.invalid(p + '/revokedBy must be a valid did')
  }
  const x10: unknown = o.subjectProfile
  if (x10 !== undefined) {
    if (typeof x10 !== 'object' || x10 === null || typeof (x10 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subjectProfile must be an object which includes the "$type" property')
    const t11 = (x10 as { $type: string }).$type
    switch (t11) {
      default:
        if (t11.charCodeAt(0) === 35 || t11.indexOf('#') !== t11.lastIndexOf('#')) throw rt.invalid(p + '/subjectProfile $type is not a valid type reference')
    }
  }
  const x12: unknown = o.issuerProfile
  if (x12 !== undefined) {
    if (typeof x12 !== 'object' || x12 === null || typeof (x12 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/issuerProfile must be an object which includes the "$type" property')
    const t13 = (x12 as { $type: string }).$type
    switch (t13) {
      default:
        if (t13.charCodeAt(0) === 35 || t13.indexOf('#') !== t13.lastIndexOf('#')) throw rt.invalid(p + '/issuerProfile $type is not a valid type reference')
    }
  }
  const x14: unknown = o.subjectRepo
  if (x14 !== undefined) {
    if (typeof x14 !== 'object' || x14 === null || typeof (x14 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/subjectRepo must be an object which includes the "$type" property')
    const t15 = (x14 as { $type: string }).$type
    switch (t15) {
      case 'tools.ozone.moderation.defs#repoViewDetail':
        try {
          ToolsOzoneModerationDefs.checkRepoViewDetail(x14, '')
        } catch (err) {
          throw rt.within(err, p + '/subjectRepo')
        }
        break
      case 'tools.ozone.moderation.defs#repoViewNotFound':
        try {
          ToolsOzoneModerationDefs.checkRepoViewNotFound(x14, '')
        } catch (err) {
          throw rt.within(err, p + '/subjectRepo')
        }
        break
      default:
        if (t15.charCodeAt(0) === 35 || t15.indexOf('#') !== t15.lastIndexOf('#')) throw rt.invalid(p + '/subjectRepo $type is not a valid type reference')
    }
  }
  const x16: unknown = o.issuerRepo
  if (x16 !== undefined) {
    if (typeof x16 !== 'object' || x16 === null || typeof (x16 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/issuerRepo must be an object which includes the "$type" property')
    const t17 = (x16 as { $type: string }).$type
    switch (t17) {
      case 'tools.ozone.moderation.defs#repoViewDetail':
        try {
          ToolsOzoneModerationDefs.checkRepoViewDetail(x16, '')
        } catch (err) {
          throw rt.within(err, p + '/issuerRepo')
        }
        break
      case 'tools.ozone.moderation.defs#repoViewNotFound':
        try {
          ToolsOzoneModerationDefs.checkRepoViewNotFound(x16, '')
        } catch (err) {
          throw rt.within(err, p + '/issuerRepo')
        }
        break
      default:
        if (t17.charCodeAt(0) === 35 || t17.indexOf('#') !== t17.lastIndexOf('#')) throw rt.invalid(p + '/issuerRepo $type is not a valid type reference')
    }
  }
  return o as unknown as VerificationView
}

/** Validates a value as VerificationView; a failure says where, e.g. "Object/field must be a string". */
export function validateVerificationView(v: unknown): rt.ValidationResult<VerificationView> {
  return rt.run(checkVerificationView, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a VerificationView; it does not validate it. */
export function isVerificationView<V>(v: V): v is V & rt.Typed<VerificationView, 'tools.ozone.verification.defs#verificationView'> {
  return rt.hasType(v, 'tools.ozone.verification.defs#verificationView')
}
