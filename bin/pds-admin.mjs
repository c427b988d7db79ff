#!/usr/bin/env node
// The `pds-admin` bin: runs the compiled CLI (dist/pds-admin.js), building dist/ first when it
// is missing or stale, as `npm start` does for the server.
import { build, staleReason } from '../scripts/build.mjs'

if (staleReason() !== null) await build()
process.setSourceMapsEnabled(true)
await import('../dist/pds-admin.js')
