/**
 * GENERATED CODE - DO NOT EDIT.
 * Source: codegen/runtime/index.ts
 * Generator: lexicon-pds codegen 0.1.0 (codegen/); run `npm run codegen` to regenerate.
 */
/**
 * @module
 * The runtime every generated module imports as `rt`.
 */
export * from './check.js'
export * from './client.js'
export * from './data.js'
export * from './formats.js'
export * from './strings.js'
export * from './types.js'
export * from './validation.js'
export * from './xrpc.js'
