/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/ageassurance/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.ageassurance.defs'

/** The access level granted based on Age Assurance data we've processed. */
export type Access = 'unknown' | 'none' | 'safe' | 'full' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAccess(v: unknown, p: string): Access {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as Access
}

/** Validates a value as Access; a failure says where, e.g. "Value/field must be a string". */
export function validateAccess(v: unknown): rt.ValidationResult<Access> {
  return rt.run(checkAccess, v, 'Value')
}

/** The status of the Age Assurance process. */
export type Status = 'unknown' | 'pending' | 'assured' | 'blocked' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStatus(v: unknown, p: string): Status {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as Status
}

/** Validates a value as Status; a failure says where, e.g. "Value/field must be a string". */
export function validateStatus(v: unknown): rt.ValidationResult<Status> {
  return rt.run(checkStatus, v, 'Value')
}

/** The user's computed Age Assurance state. */
export interface State {
  $type?: 'app.bsky.ageassurance.defs#state'
  /** The timestamp when this state was last updated. */
  lastInitiatedAt?: string
  status: Status
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkState(v: unknown, p: string): State {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lastInitiatedAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/lastInitiatedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/lastInitiatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.status
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    try {
      checkStatus(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/status')
    }
  }
  const x3: unknown = o.access
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x3, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as State
}

/** Validates a value as State; a failure says where, e.g. "Object/field must be a string". */
export function validateState(v: unknown): rt.ValidationResult<State> {
  return rt.run(checkState, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a State; it does not validate it. */
export function isState<V>(v: V): v is V & rt.Typed<State, 'app.bsky.ageassurance.defs#state'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#state')
}

/** Additional metadata needed to compute Age Assurance state client-side. */
export interface StateMetadata {
  $type?: 'app.bsky.ageassurance.defs#stateMetadata'
  /** The account creation timestamp. */
  accountCreatedAt?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkStateMetadata(v: unknown, p: string): StateMetadata {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.accountCreatedAt
  if (x1 !== undefined) {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/accountCreatedAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/accountCreatedAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  return o as unknown as StateMetadata
}

/** Validates a value as StateMetadata; a failure says where, e.g. "Object/field must be a string". */
export function validateStateMetadata(v: unknown): rt.ValidationResult<StateMetadata> {
  return rt.run(checkStateMetadata, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a StateMetadata; it does not validate it. */
export function isStateMetadata<V>(v: V): v is V & rt.Typed<StateMetadata, 'app.bsky.ageassurance.defs#stateMetadata'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#stateMetadata')
}

export interface Config {
  $type?: 'app.bsky.ageassurance.defs#config'
  /** The per-region Age Assurance configuration. */
  regions: ConfigRegion[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfig(v: unknown, p: string): Config {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.regions
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "regions"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/regions must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkConfigRegion(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/regions' + '/' + i2)
      }
    }
  }
  return o as unknown as Config
}

/** Validates a value as Config; a failure says where, e.g. "Object/field must be a string". */
export function validateConfig(v: unknown): rt.ValidationResult<Config> {
  return rt.run(checkConfig, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Config; it does not validate it. */
export function isConfig<V>(v: V): v is V & rt.Typed<Config, 'app.bsky.ageassurance.defs#config'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#config')
}

/** The Age Assurance configuration for a specific region. */
export interface ConfigRegion {
  $type?: 'app.bsky.ageassurance.defs#configRegion'
  /** The platforms this configuration applies to. If omitted, the configuration applies to all platforms. */
  platforms?: ('web' | 'ios' | 'android' | (string & {}))[]
  /** The ISO 3166-1 alpha-2 country code this configuration applies to. */
  countryCode: string
  /** The ISO 3166-2 region code this configuration applies to. If omitted, the configuration applies to the entire country. */
  regionCode?: string
  /** The minimum age (as a whole integer) required to use Bluesky in this region. */
  minAccessAge: number
  /** Verification methods permitted in this region in addition to the third-party (KWS) flow, which is always supported. `device` permits using the native on-device age APIs (e.g. Apple Declared Age Range, Google Play Age Signals). */
  additionalVerificationMethods?: ('device' | (string & {}))[]
  /** The ordered list of Age Assurance rules that apply to this region. Rules should be applied in order, and the first matching rule determines the access level granted. The rules array should always include a default rule as the last item. */
  rules: (rt.Typed<ConfigRegionRuleDefault, 'app.bsky.ageassurance.defs#configRegionRuleDefault'> | rt.Typed<ConfigRegionRuleIfDeclaredOverAge, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge'> | rt.Typed<ConfigRegionRuleIfDeclaredUnderAge, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge'> | rt.Typed<ConfigRegionRuleIfAssuredOverAge, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge'> | rt.Typed<ConfigRegionRuleIfAssuredUnderAge, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge'> | rt.Typed<ConfigRegionRuleIfAccountNewerThan, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan'> | rt.Typed<ConfigRegionRuleIfAccountOlderThan, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan'> | rt.UnknownTyped)[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegion(v: unknown, p: string): ConfigRegion {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.platforms
  if (x1 !== undefined) {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/platforms must be an array')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      if (typeof e2 !== 'string') throw rt.invalid(p + '/platforms' + '/' + i2 + ' must be a string')
    }
  }
  const x3: unknown = o.countryCode
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "countryCode"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/countryCode must be a string')
  }
  const x4: unknown = o.regionCode
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/regionCode must be a string')
  }
  const x5: unknown = o.minAccessAge
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "minAccessAge"')
  } else {
    if (!Number.isInteger(x5)) throw rt.invalid(p + '/minAccessAge must be an integer')
  }
  const x6: unknown = o.additionalVerificationMethods
  if (x6 !== undefined) {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/additionalVerificationMethods must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      if (typeof e7 !== 'string') throw rt.invalid(p + '/additionalVerificationMethods' + '/' + i7 + ' must be a string')
    }
  }
  const x8: unknown = o.rules
  if (x8 === undefined) {
    throw rt.invalid(p + ' must have the property "rules"')
  } else {
    if (!Array.isArray(x8)) throw rt.invalid(p + '/rules must be an array')
    for (let i9 = 0; i9 < x8.length; i9++) {
      const e9: unknown = x8[i9]
      if (typeof e9 !== 'object' || e9 === null || typeof (e9 as { $type?: unknown }).$type !== 'string') throw rt.invalid(p + '/rules' + '/' + i9 + ' must be an object which includes the "$type" property')
      const t10 = (e9 as { $type: string }).$type
      switch (t10) {
        case 'app.bsky.ageassurance.defs#configRegionRuleDefault':
          try {
            checkConfigRegionRuleDefault(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge':
          try {
            checkConfigRegionRuleIfDeclaredOverAge(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge':
          try {
            checkConfigRegionRuleIfDeclaredUnderAge(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge':
          try {
            checkConfigRegionRuleIfAssuredOverAge(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge':
          try {
            checkConfigRegionRuleIfAssuredUnderAge(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan':
          try {
            checkConfigRegionRuleIfAccountNewerThan(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        case 'app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan':
          try {
            checkConfigRegionRuleIfAccountOlderThan(e9, '')
          } catch (err) {
            throw rt.within(err, p + '/rules' + '/' + i9)
          }
          break
        default:
          if (t10.charCodeAt(0) === 35 || t10.indexOf('#') !== t10.lastIndexOf('#')) throw rt.invalid(p + '/rules' + '/' + i9 + ' $type is not a valid type reference')
      }
    }
  }
  return o as unknown as ConfigRegion
}

/** Validates a value as ConfigRegion; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegion(v: unknown): rt.ValidationResult<ConfigRegion> {
  return rt.run(checkConfigRegion, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegion; it does not validate it. */
export function isConfigRegion<V>(v: V): v is V & rt.Typed<ConfigRegion, 'app.bsky.ageassurance.defs#configRegion'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegion')
}

/** Age Assurance rule that applies by default. */
export interface ConfigRegionRuleDefault {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleDefault'
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleDefault(v: unknown, p: string): ConfigRegionRuleDefault {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.access
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x1, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleDefault
}

/** Validates a value as ConfigRegionRuleDefault; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleDefault(v: unknown): rt.ValidationResult<ConfigRegionRuleDefault> {
  return rt.run(checkConfigRegionRuleDefault, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleDefault; it does not validate it. */
export function isConfigRegionRuleDefault<V>(v: V): v is V & rt.Typed<ConfigRegionRuleDefault, 'app.bsky.ageassurance.defs#configRegionRuleDefault'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleDefault')
}

/** Age Assurance rule that applies if the user has declared themselves equal-to or over a certain age. */
export interface ConfigRegionRuleIfDeclaredOverAge {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge'
  /** The age threshold as a whole integer. */
  age: number
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfDeclaredOverAge(v: unknown, p: string): ConfigRegionRuleIfDeclaredOverAge {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.age
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "age"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/age must be an integer')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfDeclaredOverAge
}

/** Validates a value as ConfigRegionRuleIfDeclaredOverAge; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfDeclaredOverAge(v: unknown): rt.ValidationResult<ConfigRegionRuleIfDeclaredOverAge> {
  return rt.run(checkConfigRegionRuleIfDeclaredOverAge, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfDeclaredOverAge; it does not validate it. */
export function isConfigRegionRuleIfDeclaredOverAge<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfDeclaredOverAge, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredOverAge')
}

/** Age Assurance rule that applies if the user has declared themselves under a certain age. */
export interface ConfigRegionRuleIfDeclaredUnderAge {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge'
  /** The age threshold as a whole integer. */
  age: number
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfDeclaredUnderAge(v: unknown, p: string): ConfigRegionRuleIfDeclaredUnderAge {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.age
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "age"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/age must be an integer')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfDeclaredUnderAge
}

/** Validates a value as ConfigRegionRuleIfDeclaredUnderAge; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfDeclaredUnderAge(v: unknown): rt.ValidationResult<ConfigRegionRuleIfDeclaredUnderAge> {
  return rt.run(checkConfigRegionRuleIfDeclaredUnderAge, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfDeclaredUnderAge; it does not validate it. */
export function isConfigRegionRuleIfDeclaredUnderAge<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfDeclaredUnderAge, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfDeclaredUnderAge')
}

/** Age Assurance rule that applies if the user has been assured to be equal-to or over a certain age. */
export interface ConfigRegionRuleIfAssuredOverAge {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge'
  /** The age threshold as a whole integer. */
  age: number
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfAssuredOverAge(v: unknown, p: string): ConfigRegionRuleIfAssuredOverAge {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.age
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "age"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/age must be an integer')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfAssuredOverAge
}

/** Validates a value as ConfigRegionRuleIfAssuredOverAge; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfAssuredOverAge(v: unknown): rt.ValidationResult<ConfigRegionRuleIfAssuredOverAge> {
  return rt.run(checkConfigRegionRuleIfAssuredOverAge, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfAssuredOverAge; it does not validate it. */
export function isConfigRegionRuleIfAssuredOverAge<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfAssuredOverAge, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredOverAge')
}

/** Age Assurance rule that applies if the user has been assured to be under a certain age. */
export interface ConfigRegionRuleIfAssuredUnderAge {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge'
  /** The age threshold as a whole integer. */
  age: number
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfAssuredUnderAge(v: unknown, p: string): ConfigRegionRuleIfAssuredUnderAge {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.age
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "age"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/age must be an integer')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfAssuredUnderAge
}

/** Validates a value as ConfigRegionRuleIfAssuredUnderAge; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfAssuredUnderAge(v: unknown): rt.ValidationResult<ConfigRegionRuleIfAssuredUnderAge> {
  return rt.run(checkConfigRegionRuleIfAssuredUnderAge, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfAssuredUnderAge; it does not validate it. */
export function isConfigRegionRuleIfAssuredUnderAge<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfAssuredUnderAge, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfAssuredUnderAge')
}

/** Age Assurance rule that applies if the account is equal-to or newer than a certain date. */
export interface ConfigRegionRuleIfAccountNewerThan {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan'
  /** The date threshold as a datetime string. */
  date: string
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfAccountNewerThan(v: unknown, p: string): ConfigRegionRuleIfAccountNewerThan {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.date
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "date"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/date must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/date must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfAccountNewerThan
}

/** Validates a value as ConfigRegionRuleIfAccountNewerThan; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfAccountNewerThan(v: unknown): rt.ValidationResult<ConfigRegionRuleIfAccountNewerThan> {
  return rt.run(checkConfigRegionRuleIfAccountNewerThan, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfAccountNewerThan; it does not validate it. */
export function isConfigRegionRuleIfAccountNewerThan<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfAccountNewerThan, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountNewerThan')
}

/** Age Assurance rule that applies if the account is older than a certain date. */
export interface ConfigRegionRuleIfAccountOlderThan {
  $type?: 'app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan'
  /** The date threshold as a datetime string. */
  date: string
  access: Access
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkConfigRegionRuleIfAccountOlderThan(v: unknown, p: string): ConfigRegionRuleIfAccountOlderThan {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.date
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "date"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/date must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/date must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.access
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    try {
      checkAccess(x2, '')
    } catch (err) {
      throw rt.within(err, p + '/access')
    }
  }
  return o as unknown as ConfigRegionRuleIfAccountOlderThan
}

/** Validates a value as ConfigRegionRuleIfAccountOlderThan; a failure says where, e.g. "Object/field must be a string". */
export function validateConfigRegionRuleIfAccountOlderThan(v: unknown): rt.ValidationResult<ConfigRegionRuleIfAccountOlderThan> {
  return rt.run(checkConfigRegionRuleIfAccountOlderThan, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a ConfigRegionRuleIfAccountOlderThan; it does not validate it. */
export function isConfigRegionRuleIfAccountOlderThan<V>(v: V): v is V & rt.Typed<ConfigRegionRuleIfAccountOlderThan, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#configRegionRuleIfAccountOlderThan')
}

/** Object used to store Age Assurance data in stash. */
export interface Event {
  $type?: 'app.bsky.ageassurance.defs#event'
  /** The date and time of this write operation. */
  createdAt: string
  /** The unique identifier for this instance of the Age Assurance flow, in UUID format. */
  attemptId: string
  /** The status of the Age Assurance process. */
  status: 'unknown' | 'pending' | 'assured' | 'blocked' | (string & {})
  /** The access level granted based on Age Assurance data we've processed. */
  access: 'unknown' | 'none' | 'safe' | 'full' | (string & {})
  /** The ISO 3166-1 alpha-2 country code provided when beginning the Age Assurance flow. */
  countryCode: string
  /** The ISO 3166-2 region code provided when beginning the Age Assurance flow. */
  regionCode?: string
  /** The email used for Age Assurance. */
  email?: string
  /** The IP address used when initiating the Age Assurance flow. */
  initIp?: string
  /** The user agent used when initiating the Age Assurance flow. */
  initUa?: string
  /** The IP address used when completing the Age Assurance flow. */
  completeIp?: string
  /** The user agent used when completing the Age Assurance flow. */
  completeUa?: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkEvent(v: unknown, p: string): Event {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.createdAt
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "createdAt"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/createdAt must be a string')
    if (!rt.isDatetime(x1)) throw rt.invalid(p + '/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x2: unknown = o.attemptId
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "attemptId"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/attemptId must be a string')
  }
  const x3: unknown = o.status
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "status"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/status must be a string')
  }
  const x4: unknown = o.access
  if (x4 === undefined) {
    throw rt.invalid(p + ' must have the property "access"')
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/access must be a string')
  }
  const x5: unknown = o.countryCode
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "countryCode"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/countryCode must be a string')
  }
  const x6: unknown = o.regionCode
  if (x6 !== undefined) {
    if (typeof x6 !== 'string') throw rt.invalid(p + '/regionCode must be a string')
  }
  const x7: unknown = o.email
  if (x7 !== undefined) {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/email must be a string')
  }
  const x8: unknown = o.initIp
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/initIp must be a string')
  }
  const x9: unknown = o.initUa
  if (x9 !== undefined) {
    if (typeof x9 !== 'string') throw rt.invalid(p + '/initUa must be a string')
  }
  const x10: unknown = o.completeIp
  if (x10 !== undefined) {
    if (typeof x10 !== 'string') throw rt.invalid(p + '/completeIp must be a string')
  }
  const x11: unknown = o.completeUa
  if (x11 !== undefined) {
    if (typeof x11 !== 'string') throw rt.invalid(p + '/completeUa must be a string')
  }
  return o as unknown as Event
}

/** Validates a value as Event; a failure says where, e.g. "Object/field must be a string". */
export function validateEvent(v: unknown): rt.ValidationResult<Event> {
  return rt.run(checkEvent, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Event; it does not validate it. */
export function isEvent<V>(v: V): v is V & rt.Typed<Event, 'app.bsky.ageassurance.defs#event'> {
  return rt.hasType(v, 'app.bsky.ageassurance.defs#event')
}
