/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/com/atproto/label/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'com.atproto.label.defs'

/** Metadata tag on an atproto resource (eg, repo or record). */
export interface Label {
  $type?: 'com.atproto.label.defs#label'
  /** The AT Protocol version of the label object. */
  ver?: number
  /** DID of the actor who created this label. */
  src: string
  /** AT URI of the record, repository (account), or other resource that this label applies to. */
  uri: string
  /** Optionally, CID specifying the specific version of 'uri' resource this label applies to. */
  cid?: string
  /** The short string name of the value or type of this label. */
  val: string
  /** If true, this is a negation label, overwriting a previous label. */
  neg?: boolean
  /** Timestamp when this label was created. */
  cts: string
  /** Timestamp at which this label expires (no longer applies). */
  exp?: string
  /** Signature of dag-cbor encoded label. */
  sig?: Uint8Array
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabel(v: unknown, p: string): Label {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.ver
  if (x1 !== undefined) {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/ver must be an integer')
  }
  const x2: unknown = o.src
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "src"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/src must be a string')
    if (!rt.isDid(x2)) throw rt.invalid(p + '/src must be a valid did')
  }
  const x3: unknown = o.uri
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "uri"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/uri must be a string')
    if (!rt.isUri(x3)) throw rt.invalid(p + '/uri must be a uri')
  }
  const x4: unknown = o.cid
  if (x4 !== undefined) {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/cid must be a string')
    if (!rt.isCid(x4)) throw rt.invalid(p + '/cid must be a cid string')
  }
  const x5: unknown = o.val
  if (x5 === undefined) {
    throw rt.invalid(p + ' must have the property "val"')
  } else {
    if (typeof x5 !== 'string') throw rt.invalid(p + '/val must be a string')
    if (x5.length * 3 > 128 && rt.utf8Len(x5) > 128) throw rt.invalid(p + '/val must not be longer than 128 characters')
  }
  const x6: unknown = o.neg
  if (x6 !== undefined) {
    if (typeof x6 !== 'boolean') throw rt.invalid(p + '/neg must be a boolean')
  }
  const x7: unknown = o.cts
  if (x7 === undefined) {
    throw rt.invalid(p + ' must have the property "cts"')
  } else {
    if (typeof x7 !== 'string') throw rt.invalid(p + '/cts must be a string')
    if (!rt.isDatetime(x7)) throw rt.invalid(p + '/cts must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x8: unknown = o.exp
  if (x8 !== undefined) {
    if (typeof x8 !== 'string') throw rt.invalid(p + '/exp must be a string')
    if (!rt.isDatetime(x8)) throw rt.invalid(p + '/exp must be an valid atproto datetime (both RFC-3339 and ISO-8601)')
  }
  const x9: unknown = o.sig
  if (x9 !== undefined) {
    if (!(x9 instanceof Uint8Array)) throw rt.invalid(p + '/sig must be a byte array')
  }
  return o as unknown as Label
}

/** Validates a value as Label; a failure says where, e.g. "Object/field must be a string". */
export function validateLabel(v: unknown): rt.ValidationResult<Label> {
  return rt.run(checkLabel, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a Label; it does not validate it. */
export function isLabel<V>(v: V): v is V & rt.Typed<Label, 'com.atproto.label.defs#label'> {
  return rt.hasType(v, 'com.atproto.label.defs#label')
}

/** Metadata tags on an atproto record, published by the author within the record. */
export interface SelfLabels {
  $type?: 'com.atproto.label.defs#selfLabels'
  values: SelfLabel[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSelfLabels(v: unknown, p: string): SelfLabels {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.values
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "values"')
  } else {
    if (!Array.isArray(x1)) throw rt.invalid(p + '/values must be an array')
    if (x1.length > 10) throw rt.invalid(p + '/values must not have more than 10 elements')
    for (let i2 = 0; i2 < x1.length; i2++) {
      const e2: unknown = x1[i2]
      try {
        checkSelfLabel(e2, '')
      } catch (err) {
        throw rt.within(err, p + '/values' + '/' + i2)
      }
    }
  }
  return o as unknown as SelfLabels
}

/** Validates a value as SelfLabels; a failure says where, e.g. "Object/field must be a string". */
export function validateSelfLabels(v: unknown): rt.ValidationResult<SelfLabels> {
  return rt.run(checkSelfLabels, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SelfLabels; it does not validate it. */
export function isSelfLabels<V>(v: V): v is V & rt.Typed<SelfLabels, 'com.atproto.label.defs#selfLabels'> {
  return rt.hasType(v, 'com.atproto.label.defs#selfLabels')
}

/** Metadata tag on an atproto record, published by the author within the record. Note that schemas should use #selfLabels, not #selfLabel. */
export interface SelfLabel {
  $type?: 'com.atproto.label.defs#selfLabel'
  /** The short string name of the value or type of this label. */
  val: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkSelfLabel(v: unknown, p: string): SelfLabel {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.val
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "val"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/val must be a string')
    if (x1.length * 3 > 128 && rt.utf8Len(x1) > 128) throw rt.invalid(p + '/val must not be longer than 128 characters')
  }
  return o as unknown as SelfLabel
}

/** Validates a value as SelfLabel; a failure says where, e.g. "Object/field must be a string". */
export function validateSelfLabel(v: unknown): rt.ValidationResult<SelfLabel> {
  return rt.run(checkSelfLabel, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a SelfLabel; it does not validate it. */
export function isSelfLabel<V>(v: V): v is V & rt.Typed<SelfLabel, 'com.atproto.label.defs#selfLabel'> {
  return rt.hasType(v, 'com.atproto.label.defs#selfLabel')
}

/** Declares a label value and its expected interpretations and behaviors. */
export interface LabelValueDefinition {
  $type?: 'com.atproto.label.defs#labelValueDefinition'
  /** The value of the label being defined. Must only include lowercase ascii and the '-' character ([a-z-]+). */
  identifier: string
  /** How should a client visually convey this label? 'inform' means neutral and informational; 'alert' means negative and warning; 'none' means show nothing. */
  severity: 'inform' | 'alert' | 'none' | (string & {})
  /** What should this label hide in the UI, if applied? 'content' hides all of the target; 'media' hides the images/video/audio; 'none' hides nothing. */
  blurs: 'content' | 'media' | 'none' | (string & {})
  /** The default setting for this label. */
  defaultSetting?: 'ignore' | 'warn' | 'hide' | (string & {})
  /** Does the user need to have adult content enabled in order to configure this label? */
  adultOnly?: boolean
  locales: LabelValueDefinitionStrings[]
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelValueDefinition(v: unknown, p: string): LabelValueDefinition {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  let r: { [key: string]: unknown } | undefined
  const x1: unknown = o.identifier
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "identifier"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/identifier must be a string')
    if (x1.length * 3 > 100 && rt.utf8Len(x1) > 100) throw rt.invalid(p + '/identifier must not be longer than 100 characters')
    if (x1.length > 100 && rt.graphemeLen(x1) > 100) throw rt.invalid(p + '/identifier must not be longer than 100 graphemes')
  }
  const x2: unknown = o.severity
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "severity"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/severity must be a string')
  }
  const x3: unknown = o.blurs
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "blurs"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/blurs must be a string')
  }
  const x4: unknown = o.defaultSetting
  if (x4 === undefined) {
    (r ??= { ...o })['defaultSetting'] = "warn"
  } else {
    if (typeof x4 !== 'string') throw rt.invalid(p + '/defaultSetting must be a string')
  }
  const x5: unknown = o.adultOnly
  if (x5 !== undefined) {
    if (typeof x5 !== 'boolean') throw rt.invalid(p + '/adultOnly must be a boolean')
  }
  const x6: unknown = o.locales
  if (x6 === undefined) {
    throw rt.invalid(p + ' must have the property "locales"')
  } else {
    if (!Array.isArray(x6)) throw rt.invalid(p + '/locales must be an array')
    for (let i7 = 0; i7 < x6.length; i7++) {
      const e7: unknown = x6[i7]
      try {
        checkLabelValueDefinitionStrings(e7, '')
      } catch (err) {
        throw rt.within(err, p + '/locales' + '/' + i7)
      }
    }
  }
  return (r ?? o) as unknown as LabelValueDefinition
}

/** Validates a value as LabelValueDefinition; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelValueDefinition(v: unknown): rt.ValidationResult<LabelValueDefinition> {
  return rt.run(checkLabelValueDefinition, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelValueDefinition; it does not validate it. */
export function isLabelValueDefinition<V>(v: V): v is V & rt.Typed<LabelValueDefinition, 'com.atproto.label.defs#labelValueDefinition'> {
  return rt.hasType(v, 'com.atproto.label.defs#labelValueDefinition')
}

/** Strings which describe the label in the UI, localized into a specific language. */
export interface LabelValueDefinitionStrings {
  $type?: 'com.atproto.label.defs#labelValueDefinitionStrings'
  /** The code of the language these strings are written in. */
  lang: string
  /** A short human-readable name for the label. */
  name: string
  /** A longer description of what the label means and why it might be applied. */
  description: string
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelValueDefinitionStrings(v: unknown, p: string): LabelValueDefinitionStrings {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.lang
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "lang"')
  } else {
    if (typeof x1 !== 'string') throw rt.invalid(p + '/lang must be a string')
    if (!rt.isLanguage(x1)) throw rt.invalid(p + '/lang must be a well-formed BCP 47 language tag')
  }
  const x2: unknown = o.name
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "name"')
  } else {
    if (typeof x2 !== 'string') throw rt.invalid(p + '/name must be a string')
    if (x2.length * 3 > 640 && rt.utf8Len(x2) > 640) throw rt.invalid(p + '/name must not be longer than 640 characters')
    if (x2.length > 64 && rt.graphemeLen(x2) > 64) throw rt.invalid(p + '/name must not be longer than 64 graphemes')
  }
  const x3: unknown = o.description
  if (x3 === undefined) {
    throw rt.invalid(p + ' must have the property "description"')
  } else {
    if (typeof x3 !== 'string') throw rt.invalid(p + '/description must be a string')
    if (x3.length * 3 > 100000 && rt.utf8Len(x3) > 100000) throw rt.invalid(p + '/description must not be longer than 100000 characters')
    if (x3.length > 10000 && rt.graphemeLen(x3) > 10000) throw rt.invalid(p + '/description must not be longer than 10000 graphemes')
  }
  return o as unknown as LabelValueDefinitionStrings
}

/** Validates a value as LabelValueDefinitionStrings; a failure says where, e.g. "Object/field must be a string". */
export function validateLabelValueDefinitionStrings(v: unknown): rt.ValidationResult<LabelValueDefinitionStrings> {
  return rt.run(checkLabelValueDefinitionStrings, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a LabelValueDefinitionStrings; it does not validate it. */
export function isLabelValueDefinitionStrings<V>(v: V): v is V & rt.Typed<LabelValueDefinitionStrings, 'com.atproto.label.defs#labelValueDefinitionStrings'> {
  return rt.hasType(v, 'com.atproto.label.defs#labelValueDefinitionStrings')
}

export type LabelValue = '!hide' | '!warn' | '!no-unauthenticated' | 'porn' | 'sexual' | 'nudity' | 'graphic-media' | 'bot' | (string & {})

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkLabelValue(v: unknown, p: string): LabelValue {
  if (typeof v !== 'string') throw rt.invalid(p + ' must be a string')
  return v as LabelValue
}

/** Validates a value as LabelValue; a failure says where, e.g. "Value/field must be a string". */
export function validateLabelValue(v: unknown): rt.ValidationResult<LabelValue> {
  return rt.run(checkLabelValue, v, 'Value')
}
