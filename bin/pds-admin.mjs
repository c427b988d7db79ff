#!/usr/bin/env node
// The `pds-admin` bin: runs the TypeScript CLI (src/cli/) through tsx, as `npm start` runs the server.
import { register } from 'tsx/esm/api'

register()
await import('../src/cli/entry.ts')
