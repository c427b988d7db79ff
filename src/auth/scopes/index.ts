/**
 * OAuth permission scopes: the grammar, the typed permissions and what a grant allows.
 *
 * @module
 */
export { formatPermission, isValidScope, type Permission, parsePermission } from './permissions.js'
export { ScopeMissingError, ScopePermissions } from './scope-permissions.js'
export { parseScopeSyntax, type ScopeSyntax } from './syntax.js'
