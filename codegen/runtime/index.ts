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
