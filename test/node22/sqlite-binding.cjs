/**
 * Preloaded (`--require`) by the Node 22 test run (test/node22/main.ts): loads the
 * better-sqlite3 native module built for Node 22 (`PDS_TEST_SQLITE_BINDING`, in a cache
 * outside the repo) instead of node_modules' own, which is built for Node 20.
 */
'use strict'
const Module = require('node:module')
const path = require('node:path')

const binding = process.env.PDS_TEST_SQLITE_BINDING
if (binding) {
  const load = Module._extensions['.node']
  const ours = path.join('better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  Module._extensions['.node'] = function loadNode(module, filename) {
    return load.call(this, module, filename.endsWith(ours) ? binding : filename)
  }
}
