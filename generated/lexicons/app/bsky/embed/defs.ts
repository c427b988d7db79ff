/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: lexicons/app/bsky/embed/defs.json
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
import * as rt from '../../../../runtime/index.js'

export const id = 'app.bsky.embed.defs'

/** width:height represents an aspect ratio. It may be approximate, and may not correspond to absolute dimensions in any given unit. */
export interface AspectRatio {
  $type?: 'app.bsky.embed.defs#aspectRatio'
  width: number
  height: number
}

/** @internal checks a value, throwing rt.ValidationError; `p` is its path for messages */
export function checkAspectRatio(v: unknown, p: string): AspectRatio {
  if (typeof v !== 'object' || v === null) throw rt.invalid(p + ' must be an object')
  const o = v as { [key: string]: unknown }
  const x1: unknown = o.width
  if (x1 === undefined) {
    throw rt.invalid(p + ' must have the property "width"')
  } else {
    if (!Number.isInteger(x1)) throw rt.invalid(p + '/width must be an integer')
    if ((x1 as number) < 1) throw rt.invalid(p + '/width can not be less than 1')
  }
  const x2: unknown = o.height
  if (x2 === undefined) {
    throw rt.invalid(p + ' must have the property "height"')
  } else {
    if (!Number.isInteger(x2)) throw rt.invalid(p + '/height must be an integer')
    if ((x2 as number) < 1) throw rt.invalid(p + '/height can not be less than 1')
  }
  return o as unknown as AspectRatio
}

/** Validates a value as AspectRatio; a failure says where, e.g. "Object/field must be a string". */
export function validateAspectRatio(v: unknown): rt.ValidationResult<AspectRatio> {
  return rt.run(checkAspectRatio, v, 'Object')
}

/** Whether a value says (by its `$type`) that it is a AspectRatio; it does not validate it. */
export function isAspectRatio<V>(v: V): v is V & rt.Typed<AspectRatio, 'app.bsky.embed.defs#aspectRatio'> {
  return rt.hasType(v, 'app.bsky.embed.defs#aspectRatio')
}
